import path from 'node:path'
import { build } from 'vite'

/**
 * Builds `boardOpenChild.ts` into one JavaScript module (packages left as imports), as electron-vite builds the
 * app's main process, so that a launch is timed without transpiling TypeScript on the way. Answers its path.
 */
export const buildBoardOpenChild = async (benchDir: string, outDir: string): Promise<string> => {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(benchDir),
    build: {
      ssr: path.join(benchDir, 'boardOpenChild.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'boardOpenChild.mjs' } },
    },
  })
  return path.join(outDir, 'boardOpenChild.mjs')
}
