import type { Goal, InteractionType } from '../domain/types'

const typeNames: Record<InteractionType, string> = {
  message: 'message',
  call: 'call',
  meeting: 'meeting',
  email: 'email',
  intro: 'introduction',
  value: 'value given',
  note: 'note',
}

const orList = (words: string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`

/**
 * The title a goal gets when none is given, read from its settings: "Reach out to 3 connections a week" when it
 * counts distinct contacts, "Reach out 5 times a month" when it counts interactions, "… by call or meeting" when
 * only some types count.
 */
export const goalTitle = (goal: Pick<Goal, 'target' | 'period' | 'interactionTypes' | 'distinctContacts'>): string => {
  const { target, period } = goal
  const count = goal.distinctContacts
    ? `to ${target} ${target === 1 ? 'connection' : 'connections'}`
    : target === 1
      ? 'once'
      : target === 2
        ? 'twice'
        : `${target} times`
  const types = [...new Set(goal.interactionTypes)].map((t) => typeNames[t])
  const by = types.length ? ` by ${orList(types)}` : ''
  return `Reach out ${count} a ${period}${by}`
}
