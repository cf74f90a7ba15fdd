// @ts-check
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'http',
  'net',
  'child_process',
  'url',
  'util',
]

/** Import rules that keep each layer in its lane (see docs/architecture.md). */
const boundary = (patterns) => ['error', { patterns }]
const banned = (group, message) => ({ group, message })

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'test-results/', 'playwright-report/', 'bench/.data/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tools that require a default export from their config file.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js', 'tests/e2e/support/globalSetup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary([
        banned(
          ['electron', ...nodeBuiltins, 'ws', 'react', 'react-dom', '@mantine/*'],
          'shared/ is pure: no I/O, no Node, no DOM, no UI.',
        ),
        banned(['**/electron/**', '**/renderer/**'], 'shared/ depends on nothing else in the project.'),
      ]),
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter in shared/: take `now`.' },
        { object: 'Math', property: 'random', message: 'Randomness is a parameter in shared/.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is a parameter in shared/: take `now`.',
        },
        { selector: "MemberExpression[property.name='ipcRenderer']", message: 'Raw IPC lives only in the preload.' },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary([
        banned(['electron'], 'The core and the CLI run in plain Node: never import electron.'),
        banned(
          ['react', 'react-dom', '@mantine/*', '**/renderer/**', '**/electron/main/**'],
          'The core knows nothing of the UI or the Electron glue.',
        ),
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': boundary([
        banned(['electron', ...nodeBuiltins, 'ws'], 'The renderer runs in a sandboxed page: no Electron, no Node.'),
        banned(['**/electron/**', '@automerge/*'], 'The renderer reaches the core only through the API client.'),
      ]),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipcBridge.ts'],
    rules: {
      'no-restricted-imports': boundary([
        { group: ['electron'], importNames: ['ipcMain'], message: 'Raw IPC lives only in electron/main/ipcBridge.ts.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "MemberExpression[property.name='ipcRenderer']", message: 'Raw IPC lives only in the preload.' },
      ],
    },
  },
  prettier,
)
