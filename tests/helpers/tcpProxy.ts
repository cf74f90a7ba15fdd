import net from 'node:net'

/**
 * A TCP relay on 127.0.0.1 in front of another port, so a test can watch the bytes, stall the traffic (a peer that
 * vanished without closing) or destroy the sockets (a peer whose connection dropped).
 */
export const startTcpProxy = async (target: { host: string; port: number }) => {
  const pairs = new Set<[net.Socket, net.Socket]>()
  const recorded: Buffer[][] = []
  let stalled = false
  let relayedBytes = 0
  const server = net.createServer((client) => {
    const upstream = net.connect(target)
    const pair: [net.Socket, net.Socket] = [client, upstream]
    const fromClient: Buffer[] = []
    recorded.push(fromClient)
    pairs.add(pair)
    for (const socket of pair) {
      socket.on('error', () => {})
      socket.on('close', () => {
        pairs.delete(pair)
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', (data: Buffer) => {
      fromClient.push(Buffer.from(data))
      relayedBytes += data.length
      if (!stalled) upstream.write(data)
    })
    upstream.on('data', (data: Buffer) => {
      relayedBytes += data.length
      if (!stalled) client.write(data)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    address: { host: '127.0.0.1', port: (server.address() as net.AddressInfo).port },
    /** Bytes each client sent, one list per connection, in order. */
    recorded,
    get relayedBytes() {
      return relayedBytes
    },
    /** From now on, bytes are swallowed both ways and nothing is closed. */
    stall: () => (stalled = true),
    resume: () => (stalled = false),
    /** Destroys every relayed connection at once, as a dropped network would. */
    cut: () => pairs.forEach((pair) => pair.forEach((socket) => socket.destroy())),
    close: () => {
      pairs.forEach((pair) => pair.forEach((socket) => socket.destroy()))
      server.close()
    },
  }
}

/** Resolves once `condition` holds, checking every 10 ms; rejects after `timeoutMs`. */
export const waitFor = async (condition: () => boolean, timeoutMs = 5_000, what = 'the condition'): Promise<void> => {
  const start = performance.now()
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
