#!/usr/bin/env node
// Builds the `rapport` command into out/cli/: electron/cli/main.ts and everything it imports from the project, as
// ES modules (packages stay in node_modules, but for commander and dayjs, bundled). Each lazily imported part is its own chunk, so `rapport --help` loads
// neither Automerge nor the core. Run by `npm run build` and on install; see docs/architecture.md ("The built CLI").
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'out/cli')
const entryName = 'rapport.mjs'
const manifestName = 'build.json'

/** Writes a file whole or not at all: to a temporary name, then renamed into place. */
const writeAtomic = (file, contents) => {
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, contents)
  fs.renameSync(temp, file)
}

/** An esbuild plugin that leaves every package in node_modules except those named (and their own files). */
const externalPackagesBut = (bundled) => ({
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (path.isAbsolute(args.path)) return undefined
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]
      return bundled.includes(name) ? undefined : { path: args.path, external: true }
    })
  },
})

/**
 * Bundles the CLI, then writes out/cli/build.json: when the build started and which source files went into it, so
 * that bin/rapport.js can tell whether the bundle is older than its sources.
 */
export const buildCli = async () => {
  const builtAt = Date.now()
  const result = await build({
    absWorkingDir: root,
    entryPoints: { rapport: 'electron/cli/main.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // Packages load from node_modules at run time, but for the two small ones every command starts with: bundled,
    // they cost one parse instead of a dozen files and the CommonJS export scan.
    plugins: [externalPackagesBut(['commander', 'dayjs'])],
    // Their CommonJS asks for Node's modules with require, which an ES module has only when given one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  })
  fs.mkdirSync(outDir, { recursive: true })
  const written = new Set([manifestName])
  const entry = path.join(outDir, entryName)
  // Chunks first, the entry last, so a command started meanwhile never loads a new entry without its chunks.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry))
  for (const file of files) {
    writeAtomic(file.path, file.contents)
    written.add(path.basename(file.path))
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules/'))
    .sort()
  writeAtomic(path.join(outDir, manifestName), `${JSON.stringify({ builtAt, entry: entryName, inputs }, null, 2)}\n`)
  for (const name of fs.readdirSync(outDir)) {
    if (!written.has(name) && !name.endsWith('.tmp')) fs.rmSync(path.join(outDir, name), { force: true })
  }
  return { entry, inputs: inputs.length, files: files.length }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now()
  const built = await buildCli()
  const ms = Math.round(performance.now() - started)
  process.stdout.write(`Built ${path.relative(root, built.entry)} from ${built.inputs} sources in ${ms} ms\n`)
}
