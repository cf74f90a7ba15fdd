// Publishes Rapport services that a device must not believe, then one it should, on its namespace's link: a record
// whose fingerprint is not its id's, and one whose id is not a key. Prints `published` once all three are out.
import SecretStream from '@hyperswarm/secret-stream'
import { Bonjour } from 'bonjour-service'
import { deviceIdOf, fingerprintOf } from '../../../../electron/core/sync/deviceKeys'

const print = (line: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(line)}\n`)
const bonjour = new Bonjour({}, () => {})
const idOf = () => deviceIdOf(SecretStream.keyPair().publicKey)
const [forged, genuine] = [idOf(), idOf()]
const services = [
  { name: 'rapport-forged', txt: { id: forged, fp: fingerprintOf(idOf()) } },
  { name: 'rapport-notakey', txt: { id: 'not-a-key', fp: 'ABCD-ABCD-ABCD-ABCD' } },
  { name: 'rapport-genuine', txt: { id: genuine, fp: fingerprintOf(genuine) } },
]
const publish = (index: number): void => {
  const service = bonjour.publish({
    ...services[index],
    type: 'rapport',
    probe: false,
    port: 47700 + index,
    host: `${services[index].name}.local`,
  })
  service.once('up', () =>
    index + 1 < services.length ? publish(index + 1) : print({ event: 'published', forged, genuine }),
  )
}
publish(0)
process.once('SIGTERM', () => bonjour.destroy())
