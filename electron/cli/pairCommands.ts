import type { Command } from 'commander'
import type { RapportClient } from '../../shared/api/client'
import type { DeviceRow, PairingInvite } from '../../shared/api/syncResults'
import type { CliContext } from './CliContext'
import { CliError } from './CliError'
import { describeInvite } from './describeInvite'
import { waitForDevices } from './watchDevices'

/** How long a process that paired a device stays to send it the vault, at most. */
const sendVaultForMs = 10 * 60_000

const stderrLine = (text: string) => process.stderr.write(`${text}\n`)

const terminalQr = async (code: string): Promise<string> => {
  const QRCode = await import('qrcode')
  return QRCode.toString(code, { type: 'terminal', small: true })
}

/** Waits, in this process's own sync peer, until the device has received the vault (or time runs out). */
const stayUntilSynced = async (client: RapportClient, device: DeviceRow, print: (text: string) => void) => {
  const synced = await waitForDevices(
    client,
    (rows) => rows.find((d) => d.id === device.id && d.lastSyncedAt !== null && d.state === 'connected'),
    Date.now() + sendVaultForMs,
  )
  if (synced.ended === 'found') print(`Synced with ${device.name}.`)
  else print(`Stopped before ${device.name} was up to date; it will catch up the next time both are online.`)
}

/** Keeps this process's sync peer up until a device that is not among the `known` ones joins. */
const runInvite = async (
  client: RapportClient,
  invite: PairingInvite,
  known: Set<string>,
  print: (text: string) => void,
) => {
  // Listening for Ctrl+C before saying so.
  const joining = waitForDevices(client, (rows) => rows.find((d) => !known.has(d.id)), invite.expiresAt)
  print('Waiting for the other device to join (Ctrl+C to stop)…')
  const joined = await joining
  if (joined.ended === 'deadline') throw new CliError('The code expired before a device joined. Make a new one.')
  if (joined.ended === 'interrupted') throw new CliError('Stopped: the code no longer works.')
  print(`Paired with ${joined.value.name} (${joined.value.fingerprint})`)
  await stayUntilSynced(client, joined.value, print)
}

/** `rapport pair invite|join`: pairs another device into this vault (docs/sync.md). */
export const addPairCommands = (program: Command, cli: CliContext): void => {
  const pair = program.command('pair').description('pair another of your devices, so that it holds this vault too')

  pair
    .command('invite')
    .description('show a one-time code (valid 10 minutes) for another device to join this vault')
    .option('--json', 'print { code, expiresAt, addresses, fingerprint } as JSON')
    .action((opts) =>
      cli.runPeer(async (client, via) => {
        // Read before the code is out, so that a device joining at once is not taken for one already paired.
        const known = via === 'in-process' ? new Set((await client.call('devices.list', {})).map((d) => d.id)) : null
        const invite = await client.call('pair.invite', {})
        if (opts.json) {
          const { code, expiresAt, addresses, fingerprint } = invite
          cli.print(JSON.stringify({ code, expiresAt: new Date(expiresAt).toISOString(), addresses, fingerprint }))
        } else {
          cli.print(describeInvite(invite, Date.now()))
          if (process.stdout.isTTY) cli.print(await terminalQr(invite.code))
        }
        if (known) await runInvite(client, invite, known, opts.json ? stderrLine : cli.print)
      }),
    )

  pair
    .command('join')
    .description('join the vault of another device, with the code it shows')
    .argument('<code>', 'the pairing code (dashes and spaces do not matter)')
    .option('--json', 'print { device, workspaceUrl } as JSON')
    .action(async (code: string, opts) => {
      // A mistyped code is told at once, before a sync peer starts for it.
      const { pairingCodeSchema } = await import('../../shared/api/syncSchemas')
      if (!pairingCodeSchema.safeParse(code).success) {
        throw new CliError(`"${code}" is not a pairing code: ask the other device for a new one.`)
      }
      await cli.runPeer(async (client, via) => {
        const joined = await client.call('pair.join', { code })
        const { device } = joined
        const say = opts.json ? stderrLine : cli.print
        if (opts.json) cli.print(JSON.stringify(joined))
        else say(`Joined ${device.name} (${device.fingerprint}).`)
        if (via === 'in-process') await stayUntilSynced(client, device, say)
        const contacts = (await client.call('contacts.list', {})).length
        const rows = await client.call('devices.list', {})
        const now = rows.find((d) => d.id === device.id)
        const arriving = now?.state !== 'connected' || now.lastSyncedAt === null
        say(
          `This device now holds the vault of ${device.name}: ${contacts} contact${contacts === 1 ? '' : 's'}` +
            (arriving ? ' so far, more arriving.' : '.'),
        )
      })
    })
}
