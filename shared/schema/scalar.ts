import { ImmutableString } from '@automerge/automerge'
import type { MergeableSet, Scalar } from './workspaceDoc'

export { fromSet, readScalar } from './readScalar'

/** Wraps a string as a scalar field (stored whole, not as collaborative text). */
export const scalar = (value: string): Scalar => new ImmutableString(value)

/** Builds a mergeable set from its members. */
export const toSet = (members: readonly string[]): MergeableSet =>
  Object.fromEntries(members.map((m) => [m, true as const]))

/** Makes a mergeable set hold exactly these members, touching only what differs. */
export const replaceSet = (set: MergeableSet, members: readonly string[]): void => {
  const wanted = new Set(members)
  for (const key of Object.keys(set)) if (!wanted.has(key)) delete set[key]
  for (const key of wanted) if (!(key in set)) set[key] = true
}
