/** The value of `--data-dir` in a command line (`--data-dir <dir>` or `--data-dir=<dir>`), if given. */
export const dataDirFlag = (argv: readonly string[]): string | undefined => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined
    if (arg === '--data-dir') return argv[i + 1]?.startsWith('--') ? undefined : argv[i + 1]
  }
  return undefined
}
