import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterEach } from 'vitest'
import { isProcessAlive } from '../../electron/core/vault/isProcessAlive'

// Network namespaces for tests that need a real network: mDNS multicast and connections between hosts. Each lab is
// a private hub namespace holding a bridge, and one namespace per host joined to it by a veth pair; nothing is added
// to this machine's own namespace, so no test traffic can leave the lab. Needs root and iproute2 (`ip`).

const repoRoot = path.resolve(import.meta.dirname, '../..')

/** Every namespace this process makes starts with this; a run that crashed is recognised by its dead pid. */
export const netnsPrefix = `rpt-${process.pid}-`

const ownedPattern = /^rpt-(\d+)-/

const ip = (...args: string[]): string =>
  execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

const listNamespaces = (): string[] =>
  ip('netns', 'list')
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0])
    .filter((name): name is string => Boolean(name))

const deleteNamespace = (name: string): void => {
  try {
    ip('netns', 'delete', name)
  } catch {
    // Already gone.
  }
}

/** Removes the namespaces left by test runs that died before their teardown (their pid is gone); returns them. */
export const sweepLeftoverNamespaces = (): string[] => {
  const leftovers = listNamespaces().filter((name) => {
    const pid = Number(ownedPattern.exec(name)?.[1])
    return Number.isInteger(pid) && pid !== process.pid && !isProcessAlive(pid)
  })
  leftovers.forEach(deleteNamespace)
  return leftovers
}

const probe = (): boolean => {
  const name = `${netnsPrefix}probe`
  try {
    ip('netns', 'add', name)
    return true
  } catch {
    return false
  } finally {
    deleteNamespace(name)
  }
}

/** True when this process can make network namespaces (root, `ip` installed): found by making one. */
export const canUseNetns: boolean = probe()

/** The subnet every lab uses; each lab is isolated, so they never meet. */
export const labSubnet = '10.231.1.0/24'

/** A node program running inside a namespace: its JSON lines on stdout, and a stop. */
export type NetnsProcess = {
  child: ChildProcess
  /** Resolves with the first JSON line (already printed or still to come) that `matches`; rejects on exit or timeout. */
  waitForLine: <T = Record<string, unknown>>(matches: (line: T) => boolean, timeoutMs: number) => Promise<T>
  /** Every JSON line printed so far. */
  lines: () => Record<string, unknown>[]
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>
  /** Ends it at once (SIGKILL); see `child.kill('SIGTERM')` for a clean stop. */
  stop: () => Promise<void>
}

/** One host of a lab: its namespace and its address on the lab's subnet. */
export type NetnsHost = {
  namespace: string
  address: string
  /** Moves the host to another address on the lab's subnet, as a new DHCP lease would (routes included). */
  moveTo: (address: string) => void
  /** Runs a command inside the namespace and answers its stdout. */
  exec: (command: string, ...args: string[]) => string
  /** Runs a TypeScript (or JavaScript) file with node inside the namespace, through tsx, from the repository root. */
  runNode: (script: string, args?: string[], env?: Record<string, string>) => NetnsProcess
}

/** A set of hosts on one private bridge. */
export type NetnsLab = { hosts: NetnsHost[]; destroy: () => Promise<void> }

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })

const watchChild = (child: ChildProcess): NetnsProcess => {
  const lines: Record<string, unknown>[] = []
  const waiters = new Set<() => void>()
  let buffer = ''
  let stderr = ''
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()))
  child.stdout?.on('data', (data: Buffer) => {
    buffer += data.toString()
    const complete = buffer.split('\n')
    buffer = complete.pop() ?? ''
    for (const line of complete) {
      if (!line.startsWith('{')) continue
      lines.push(JSON.parse(line) as Record<string, unknown>)
      waiters.forEach((wake) => wake())
    }
  })
  child.on('exit', () => waiters.forEach((wake) => wake()))
  const waitForLine = <T>(matches: (line: T) => boolean, timeoutMs: number): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = (lines as T[]).find(matches)
        if (found) return done(() => resolve(found))
        if (child.exitCode !== null || child.signalCode !== null) {
          done(() => reject(new Error(`the process exited (${child.exitCode ?? child.signalCode}): ${stderr}`)))
        }
      }
      const timer = setTimeout(
        () => done(() => reject(new Error(`no matching line after ${timeoutMs} ms; stderr: ${stderr}`))),
        timeoutMs,
      )
      const done = (settle: () => void): void => {
        clearTimeout(timer)
        waiters.delete(check)
        settle()
      }
      waiters.add(check)
      check()
    })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, waitForLine, lines: () => [...lines], exited, stop: () => stopChild(child) }
}

let labCount = 0
const liveLabs = new Set<NetnsLab>()

/**
 * Makes `count` hosts (10.231.1.1, .2, …) on one private bridge, each with `lo` up and a multicast route, so mDNS
 * works between them and nowhere else. Removed by `destroy()`, after each test anyway, and on exit.
 */
export const createNetnsLab = async (count: number): Promise<NetnsLab> => {
  if (!Number.isInteger(count) || count < 1 || count > 200) throw new Error(`A lab has 1 to 200 hosts, not ${count}`)
  sweepLeftoverNamespaces()
  const run = `${netnsPrefix}${++labCount}-`
  const hub = `${run}hub`
  const made: string[] = []
  const children = new Set<ChildProcess>()
  const destroyNow = (): void => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    made.splice(0).reverse().forEach(deleteNamespace)
  }
  const lab: NetnsLab = {
    hosts: [],
    destroy: async () => {
      await Promise.all([...children].map(stopChild))
      destroyNow()
      liveLabs.delete(lab)
    },
  }
  try {
    ip('netns', 'add', hub)
    made.push(hub)
    ip('-n', hub, 'link', 'set', 'lo', 'up')
    ip('-n', hub, 'link', 'add', 'br0', 'type', 'bridge', 'mcast_snooping', '0')
    ip('-n', hub, 'link', 'set', 'br0', 'up')
    for (let index = 0; index < count; index++) {
      const namespace = `${run}h${index + 1}`
      const address = `10.231.1.${index + 1}`
      ip('netns', 'add', namespace)
      made.push(namespace)
      ip('-n', hub, 'link', 'add', `p${index + 1}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', namespace)
      ip('-n', hub, 'link', 'set', `p${index + 1}`, 'master', 'br0', 'up')
      ip('-n', namespace, 'link', 'set', 'lo', 'up')
      ip('-n', namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0')
      ip('-n', namespace, 'link', 'set', 'eth0', 'up', 'multicast', 'on')
      ip('-n', namespace, 'route', 'add', '224.0.0.0/4', 'dev', 'eth0')
      const exec = (command: string, ...args: string[]): string =>
        execFileSync('ip', ['netns', 'exec', namespace, command, ...args], { encoding: 'utf8' })
      const runNode = (script: string, args: string[] = [], env: Record<string, string> = {}): NetnsProcess => {
        const child = spawn(
          'ip',
          ['netns', 'exec', namespace, process.execPath, '--import', 'tsx', path.resolve(repoRoot, script), ...args],
          // A child's sync listens on its namespace's own address (RAPPORT_SYNC_HOST), never on every interface.
          {
            cwd: repoRoot,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, RAPPORT_SYNC_HOST: host.address, ...env },
          },
        )
        children.add(child)
        return watchChild(child)
      }
      const host: NetnsHost = { namespace, address, exec, runNode, moveTo: () => {} }
      host.moveTo = (next: string) => {
        ip('-n', namespace, 'addr', 'del', `${host.address}/24`, 'dev', 'eth0')
        ip('-n', namespace, 'addr', 'add', `${next}/24`, 'dev', 'eth0')
        ip('-n', namespace, 'route', 'replace', '224.0.0.0/4', 'dev', 'eth0')
        host.address = next
      }
      lab.hosts.push(host)
    }
  } catch (error) {
    destroyNow()
    throw error
  }
  liveLabs.add(lab)
  return lab
}

afterEach(async () => {
  for (const lab of [...liveLabs]) await lab.destroy()
})

// Last resort if the run ends without its hooks (an uncaught error, process.exit): exit handlers must be synchronous.
process.once('exit', () => {
  if (!canUseNetns) return
  for (const name of listNamespaces()) if (name.startsWith(netnsPrefix)) deleteNamespace(name)
})
