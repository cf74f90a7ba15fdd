import { useEffect, useState } from 'react'
import type { RapportClient } from '../../../shared/api/client'
import { connectClient } from './connectClient'
import { currentPage } from './currentPage'

/** Where the UI stands with the core. */
export type Connection =
  { status: 'connecting' } | { status: 'connected'; client: RapportClient } | { status: 'failed'; message: string }

/** Connects to the core once, and closes the connection when the component goes away. */
export const useConnection = (): Connection => {
  const [connection, setConnection] = useState<Connection>({ status: 'connecting' })
  useEffect(() => {
    let cancelled = false
    let client: RapportClient | null = null
    connectClient(currentPage()).then(
      (connected) => {
        if (cancelled) return void connected.close()
        client = connected
        setConnection({ status: 'connected', client })
      },
      (error: unknown) => {
        if (!cancelled) setConnection({ status: 'failed', message: (error as Error)?.message ?? String(error) })
      },
    )
    return () => {
      cancelled = true
      void client?.close()
    }
  }, [])
  return connection
}
