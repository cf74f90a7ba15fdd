import net from 'node:net'

const isFree = (host: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })

/** The first of `preferred` free on `host`, else 0 (any free port, which the listener then picks). */
export const choosePort = async (host: string, preferred: number[]): Promise<number> => {
  for (const port of preferred) if (await isFree(host, port)) return port
  return 0
}
