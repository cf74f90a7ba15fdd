import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const fromRoot = (path: string): string => resolve(import.meta.dirname, path)

// A default export because electron-vite reads one (the tool's rule, as for vitest.config.ts).
export default defineConfig({
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
})
