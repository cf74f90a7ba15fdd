import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type UserConfig } from 'electron-vite'

const fromRoot = (path: string): string => resolve(import.meta.dirname, path)

const config: UserConfig = {
  main: {
    build: {
      // Dependencies (@automerge/*, ws, zod...) stay in node_modules and are loaded at run time.
      externalizeDeps: true,
      lib: { entry: fromRoot('electron/main/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: one CommonJS file, with only `electron` left out.
      externalizeDeps: false,
      lib: { entry: fromRoot('electron/preload/index.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified unless told; a smaller bundle parses sooner.
      minify: true,
      rolldownOptions: { input: fromRoot('renderer/index.html') },
    },
  },
}

/**
 * `npm run dev` (electron-vite's `serve`) keeps sync on this machine: the app it starts inherits this environment, so
 * its sync peer listens on 127.0.0.1 and looks for no device on the network. Set either variable to override it;
 * `npm start` (a build, then the app) keeps the defaults a user gets.
 */
const keepSyncLocalInDevelopment = (command: string): void => {
  if (command !== 'serve') return
  process.env.RAPPORT_DISCOVERY ??= 'off'
  process.env.RAPPORT_SYNC_HOST ??= '127.0.0.1'
}

// A default export because electron-vite reads one (the tool's rule, as for vitest.config.ts).
export default defineConfig(({ command }) => {
  keepSyncLocalInDevelopment(command)
  return config
})
