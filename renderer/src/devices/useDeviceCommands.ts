import { useMemo } from 'react'
import type { CommandInput } from '../../../shared/api/contract'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'

type Options = {
  /** This device's own name is one of its sync settings: renaming it goes through them. */
  changeSettings: (change: CommandInput<'sync.setSettings'>) => Promise<boolean>
  /** Asks for the list again once a change is stored, in case its event is slow to come. */
  reload: () => void
}

/** Renaming and removing devices; each answers whether it worked, a failure shown in the core's words. */
export const useDeviceCommands = ({ changeSettings, reload }: Options) => {
  const client = useRapport()
  return useMemo(() => {
    const attempt = async (failure: string, work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work()
        reload()
        return true
      } catch (error) {
        showError(failure, error)
        return false
      }
    }
    return {
      rename: async (device: DeviceRow, name: string): Promise<boolean> => {
        if (!device.thisDevice) {
          return attempt(`Could not rename ${device.name}`, () =>
            client.call('devices.rename', { id: device.id, name }),
          )
        }
        const ok = await changeSettings({ deviceName: name })
        if (ok) reload()
        return ok
      },
      remove: (device: DeviceRow) =>
        attempt(`Could not remove ${device.name}`, () => client.call('devices.remove', { id: device.id })),
    }
  }, [changeSettings, client, reload])
}
