import * as Automerge from '@automerge/automerge'
import { expect } from 'vitest'

/** Actor ids of the two devices in convergence tests. */
export const actors = { laptop: 'aa'.repeat(16), phone: 'bb'.repeat(16) }

/**
 * Two replicas of one document, as two devices would hold it: the laptop's is a clone,
 * the phone's went through storage (save and load). Each has its own actor id.
 */
export const forkReplicas = <T>(base: Automerge.Doc<T>): { laptop: Automerge.Doc<T>; phone: Automerge.Doc<T> } => ({
  laptop: Automerge.clone(base, { actor: actors.laptop }),
  phone: Automerge.load<T>(Automerge.save(base), { actor: actors.phone }),
})

/** Merges two replicas in both orders, expects the same document either way, and returns it. */
export const expectConvergence = <T>(a: Automerge.Doc<T>, b: Automerge.Doc<T>): Automerge.Doc<T> => {
  const ab = Automerge.merge(Automerge.clone(a), b)
  const ba = Automerge.merge(Automerge.clone(b), a)
  expect(Automerge.hasHeads(ab, Automerge.getHeads(a)) && Automerge.hasHeads(ab, Automerge.getHeads(b))).toBe(true)
  expect([...Automerge.getHeads(ab)].sort()).toEqual([...Automerge.getHeads(ba)].sort())
  expect(JSON.stringify(Automerge.toJS(ab))).toBe(JSON.stringify(Automerge.toJS(ba)))
  expect(Automerge.toJS(ab)).toEqual(Automerge.toJS(ba))
  return ab
}
