import type { RapportClient } from '../../../shared/api/client'
import type { VaultLoading } from '../../../shared/api/contract'

/**
 * Follows what the core is still loading after launch ('workspace', then 'history', then null): asks `app.info`
 * once, then follows `vault.status` events (a later event wins over the answer). Returns a function that stops.
 */
export const followVaultLoading = (client: RapportClient, onChange: (loading: VaultLoading) => void): (() => void) => {
  let stopped = false
  let heard = false
  const stopEvents = client.on('vault.status', ({ loading }) => {
    heard = true
    if (!stopped) onChange(loading)
  })
  client.call('app.info', {}).then(
    (info) => {
      if (!stopped && !heard) onChange(info.loading ?? null)
    },
    () => undefined,
  )
  return () => {
    stopped = true
    stopEvents()
  }
}
