// Listens to every mDNS answer on its network namespace's link and prints each record on it as a JSON line, so a
// test can read exactly what a device tells the network. Asks once for Rapport's service type to hear the answers.
import { Bonjour } from 'bonjour-service'

type RecordLike = { name: string; type: string; data: unknown }
type MulticastDns = {
  on: (event: 'response', listener: (packet: { answers: RecordLike[]; additionals: RecordLike[] }) => void) => void
}

const bonjour = new Bonjour({}, () => {})
const mdns = (bonjour as unknown as { server: { mdns: MulticastDns } }).server.mdns
const show = (data: unknown): unknown =>
  Array.isArray(data) ? data.map((item) => (Buffer.isBuffer(item) ? item.toString('utf8') : item)) : data
mdns.on('response', (packet) => {
  for (const record of [...packet.answers, ...packet.additionals]) {
    process.stdout.write(
      `${JSON.stringify({ event: 'record', name: record.name, type: record.type, data: show(record.data) })}\n`,
    )
  }
})
bonjour.find({ type: 'rapport', protocol: 'tcp' })
process.once('SIGTERM', () => bonjour.destroy())
process.stdout.write(`${JSON.stringify({ event: 'ready' })}\n`)
