import type { PaletteCommand } from './paletteCommands'
import { searchText } from './searchText'

const wordsOf = (command: PaletteCommand): string[] =>
  searchText([command.label, command.group, ...(command.keywords ?? [])].join(' ')).split(' ')

/**
 * The commands matching what was typed: every word typed starts a word of the command's label, group or keywords
 * (accents and case aside), in the registry's order, those whose label holds the words first. All of them when
 * nothing is typed.
 */
export const matchingCommands = (commands: readonly PaletteCommand[], query: string): PaletteCommand[] => {
  const typed = searchText(query)
  if (!typed) return [...commands]
  const typedWords = typed.split(' ')
  const inLabel: PaletteCommand[] = []
  const elsewhere: PaletteCommand[] = []
  for (const command of commands) {
    const label = searchText(command.label).split(' ')
    if (typedWords.every((t) => label.some((w) => w.startsWith(t)))) inLabel.push(command)
    else if (typedWords.every((t) => wordsOf(command).some((w) => w.startsWith(t)))) elsewhere.push(command)
  }
  return [...inLabel, ...elsewhere]
}
