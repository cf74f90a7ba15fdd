/** Why a CSV row whose quoted value never closes is skipped, with everything after it. */
export const unclosedQuoteReason =
  'A quoted value that starts on this line is never closed, so this row and the rest of the file could not be read.'
