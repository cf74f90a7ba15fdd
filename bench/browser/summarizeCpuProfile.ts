/** The parts of a V8 CPU profile (Chrome DevTools Protocol `Profiler.Profile`) read here. */
export type CpuProfile = {
  nodes: Array<{
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    children?: number[]
  }>
  samples: number[]
  timeDeltas: number[]
}

/** Where time went: by function (self and inclusive) and by source module, in milliseconds. */
export type ProfileSummary = {
  totalMs: number
  bySelf: Array<{ name: string; ms: number }>
  byInclusive: Array<{ name: string; ms: number }>
  byModule: Array<{ name: string; ms: number }>
}

const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }))

const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us)

/**
 * Sums a CPU profile's samples: self time per function, inclusive time per function (each
 * function counted once per sample however deep it recurses), and self time per source module,
 * using `moduleAt(url, line)` (the bundle's `// node_modules/...` markers).
 */
export const summarizeCpuProfile = (
  profile: CpuProfile,
  moduleAt: (url: string, line: number) => string,
  n = 15,
): ProfileSummary => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    const file = url.split('/').pop() ?? ''
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`
  }
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const modules = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0
    total += us
    const frame = byId.get(id)!.callFrame
    add(self, label(id), us)
    add(modules, frame.url ? moduleAt(frame.url, frame.lineNumber) : frame.functionName || '(native)', us)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(at)
      if (!seen.has(key)) add(inclusive, key, us)
      seen.add(key)
    }
  })
  return { totalMs: total / 1000, bySelf: top(self, n), byInclusive: top(inclusive, n), byModule: top(modules, n) }
}

/**
 * A lookup from a line of a bundle to the module it came from, using the `// path` comment that
 * the bundler writes before each module. Paths are shortened to the package (or the app's folder).
 */
export const bundleModules = (source: string): ((line: number) => string) => {
  const starts: Array<{ line: number; name: string }> = []
  source.split('\n').forEach((text, line) => {
    const match = /^\/\/ (\S+\.(?:m?js|tsx?|css))$/.exec(text)
    if (!match) return
    const path = match[1]
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
    starts.push({ line, name: pkg ? pkg[1] : path.split('/').slice(0, -1).join('/') || path })
  })
  return (line) => {
    let lo = 0
    let hi = starts.length - 1
    let found = '(bundle start)'
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid].line <= line) {
        found = starts[mid].name
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
}
