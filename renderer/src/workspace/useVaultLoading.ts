import { useEffect, useState } from 'react'
import type { RapportClient } from '../../../shared/api/client'
import type { VaultLoading } from '../../../shared/api/contract'
import { followVaultLoading } from './followVaultLoading'

/** What the core is still loading after launch, for as long as the component is shown (null: nothing). */
export const useVaultLoading = (client: RapportClient): VaultLoading => {
  const [loading, setLoading] = useState<VaultLoading>(null)
  useEffect(() => followVaultLoading(client, setLoading), [client])
  return loading
}
