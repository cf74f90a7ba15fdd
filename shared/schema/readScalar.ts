import type { MergeableSet, Scalar } from './workspaceDoc'

// The reading side of `scalar.ts`, apart from it so that a reader of records does not load Automerge.

/** Reads a scalar (or a legacy plain string) back as a string. */
export const readScalar = (value: Scalar | string | null | undefined): string =>
  value === null || value === undefined ? '' : value.toString()

/** The members of a mergeable set, sorted. */
export const fromSet = (set: MergeableSet | undefined): string[] =>
  set ? Object.keys(set).sort((a, b) => a.localeCompare(b)) : []
