import type { InteractionType } from '../domain'

/**
 * Whether an interaction of this type touches the relationship. A note is something the user
 * wrote down (or an import recorded, such as a former role), not contact with the person, so it
 * neither makes a contact "recently touched" nor resets a keep-in-touch cadence.
 */
export const countsAsTouch = (type: InteractionType | string): boolean => type !== 'note'
