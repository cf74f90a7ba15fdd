import type { InteractionType } from '../../../shared/domain'

/** How each kind of interaction is named on the timeline and in the "Log interaction" form. */
export const interactionLabels: Record<InteractionType, string> = {
  message: 'Message',
  call: 'Call',
  meeting: 'Meeting',
  email: 'Email',
  intro: 'Intro made',
  value: 'Value given',
  note: 'Note',
}

/** A Mantine colour per kind, so a timeline reads at a glance. */
export const interactionColours: Record<InteractionType, string> = {
  message: 'blue',
  call: 'teal',
  meeting: 'violet',
  email: 'cyan',
  intro: 'orange',
  value: 'pink',
  note: 'gray',
}
