/**
 * The 1-based line on which each element of the top-level array `key` starts in a JSON text (`"contacts": [...]`),
 * so that records read from JSON can say where they are, as rows and cards do. Assumes the text is valid JSON.
 */
export const jsonArrayElementLines = (text: string, key: string): number[] => {
  const lines: number[] = []
  let line = 1
  let depth = 0
  let lastString = ''
  let arrayDepth = -1
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]
    if (c === '\n') line += 1
    else if (c === '"') {
      let end = i + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      lastString = text.slice(i + 1, end)
      i = end
    } else if (c === '{' || c === '[') {
      // At the top level, the string just before an array is its key.
      if (c === '[' && depth === 1 && lastString === key) arrayDepth = depth + 1
      depth += 1
      if (depth === arrayDepth + 1) lines.push(line)
    } else if (c === '}' || c === ']') {
      if (depth === arrayDepth) arrayDepth = -1
      depth -= 1
    }
  }
  return lines
}
