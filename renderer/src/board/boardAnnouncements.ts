import type { Announcements } from '@dnd-kit/core'
import type { Contact, Stage } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'

type Dragged = { data: { current?: Record<string, unknown> | null }; id: string | number }

const nameOf = (dragged: Dragged, stages: readonly Stage[]): string => {
  const contact = dragged.data.current?.contact as Contact | undefined
  if (contact) return displayName(contact)
  return stages.find((s) => s.id === dragged.id)?.name ?? 'item'
}

const placeOf = (over: Dragged | null, stages: readonly Stage[]): string | null => {
  const stageId = (over?.data.current?.stageId as string | undefined) ?? over?.id
  return stages.find((s) => s.id === stageId)?.name ?? null
}

/** What screen readers hear as cards and stages are dragged, in the board's words. */
export const boardAnnouncements = (stages: readonly Stage[]): Announcements => ({
  onDragStart: ({ active }) => `Picked up ${nameOf(active, stages)}.`,
  onDragOver: ({ active, over }) => {
    const place = placeOf(over, stages)
    return place ? `${nameOf(active, stages)} is over ${place}.` : undefined
  },
  onDragEnd: ({ active, over }) => {
    const place = placeOf(over, stages)
    return place ? `${nameOf(active, stages)} dropped in ${place}.` : `${nameOf(active, stages)} dropped.`
  },
  onDragCancel: ({ active }) => `Moving ${nameOf(active, stages)} was cancelled.`,
})
