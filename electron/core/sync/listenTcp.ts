import type net from 'node:net'
import type { TcpAddress } from './SecureChannel'

/** Binds a server and resolves with the address it listens on (the real port when 0 was asked for). */
export const listenTcp = (server: net.Server, host: string, port: number): Promise<TcpAddress> =>
  new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already in use by another program.`
            : `Cannot listen on ${host}:${port} (${error.message}).`,
        ),
      )
    }
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      server.on('error', () => {})
      const bound = server.address() as net.AddressInfo
      resolve({ host: bound.address, port: bound.port })
    })
  })
