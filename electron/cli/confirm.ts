import readline from 'node:readline/promises'

/** Asks a yes/no question on the terminal; true only for an answer starting with y. */
export const confirm = async (question: string): Promise<boolean> => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr })
  try {
    return /^y/i.test((await rl.question(`${question} [y/N] `)).trim())
  } finally {
    rl.close()
  }
}
