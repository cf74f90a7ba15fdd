import type { Command } from 'commander'
import type { DeviceRow } from '../../shared/api/syncResults'
import type { CliContext } from './CliContext'
import { CliError } from './CliError'
import { confirm } from './confirm'
import { formatTable } from './formatTable'
import { resolveDevice } from './resolveDevice'
import { timeAgo } from './timeAgo'

const deviceRows = (devices: DeviceRow[], now: number): string[][] =>
  devices.map((d) => [
    d.thisDevice ? `${d.name} (this device)` : d.name,
    d.fingerprint,
    d.thisDevice ? '' : d.state,
    d.thisDevice ? '' : timeAgo(d.lastSeenAt, now),
    d.thisDevice ? '' : timeAgo(d.lastSyncedAt, now),
    d.address ?? '',
  ])

/** `rapport devices [list]|rename|remove|add`: the devices that hold this vault (docs/sync.md). */
export const addDevicesCommands = (program: Command, cli: CliContext): void => {
  const devices = program.command('devices').description('the devices that hold this vault, and how they are doing')

  devices
    .command('list', { isDefault: true })
    .description('list the paired devices: name, fingerprint, state, last seen and synced, address')
    .option('--json', 'print JSON')
    .action((opts) =>
      cli.run(async (client) => {
        const list = await client.call('devices.list', {})
        if (opts.json) return cli.print(JSON.stringify(list))
        const header = ['DEVICE', 'FINGERPRINT', 'STATE', 'LAST SEEN', 'LAST SYNCED', 'ADDRESS']
        cli.print(formatTable(header, deviceRows(list, Date.now())))
        if (list.length <= 1) cli.print('\nNo other device yet. Pair one with: rapport pair invite')
      }),
    )

  devices
    .command('rename')
    .description('rename a device (the new name reaches every device)')
    .argument('<id>', 'the device: its id, its fingerprint, or a unique prefix of either')
    .argument('<name>', 'its new name')
    .option('--json', 'print the device as JSON')
    .action((id: string, name: string, opts) =>
      cli.run(async (client) => {
        const device = await resolveDevice(client, id)
        const renamed = await client.call('devices.rename', { id: device.id, name })
        cli.print(opts.json ? JSON.stringify(renamed) : `Renamed ${device.name} to ${renamed.name}.`)
      }),
    )

  devices
    .command('remove')
    .description('remove a device: it is refused from then on, by every device once they sync')
    .argument('<id>', 'the device: its id, its fingerprint, or a unique prefix of either')
    .option('--yes', 'do not ask for confirmation')
    .action((id: string, opts) =>
      cli.run(async (client) => {
        const device = await resolveDevice(client, id)
        if (device.thisDevice) throw new CliError('This is the device you are on: remove it from another device.')
        const question = `Remove ${device.name} (${device.fingerprint})? It will no longer sync this vault.`
        if (!opts.yes) {
          if (!process.stdin.isTTY)
            throw new CliError(`Removing ${device.name} stops it syncing this vault: pass --yes to confirm.`)
          if (!(await confirm(question))) throw new CliError('Nothing removed.')
        }
        await client.call('devices.remove', { id: device.id })
        cli.print(`Removed ${device.name}. Pair it again to let it back in.`)
      }),
    )

  devices
    .command('add')
    .description('connect to a paired device at an address, and remember the address')
    .requiredOption('--address <host:port>', 'where the device listens, for example 192.168.1.20:47600')
    .option('--json', 'print the device as JSON')
    .action((opts) =>
      cli.runPeer(async (client) => {
        const device = await client.call('devices.addAddress', { address: opts.address })
        if (opts.json) return cli.print(JSON.stringify(device))
        cli.print(
          device
            ? `Connected to ${device.name} (${device.fingerprint}) at ${opts.address}; the address is remembered.`
            : `Nothing paired answered at ${opts.address} yet; the address is remembered and tried again.`,
        )
      }),
    )
}
