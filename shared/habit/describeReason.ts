import { assertTimeZone } from './assertTimeZone'
import { habitDayjs } from './habitDayjs'
import { localDateOf } from './localDateOf'
import type { QueueReason } from './queueReason'

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`)

/** A long stretch in the unit a person would say: days up to two months, then months up to two years, then years. */
const stretch = (n: number) =>
  n < 60 ? days(n) : n < 730 ? `${Math.floor(n / 30)} months` : `${Math.floor(n / 365)} years`

const shortDate = (instant: number, now: number, timeZone: string): string => {
  const d = habitDayjs.utc(localDateOf(instant, timeZone))
  return d.year() === habitDayjs.utc(localDateOf(now, timeZone)).year() ? d.format('D MMM') : d.format('D MMM YYYY')
}

/** A queue reason in words, such as "Overdue by 12 days" or "Reminder: follow up about the intro (3 Dec)". */
export const describeReason = (reason: QueueReason, { now, timeZone }: { now: number; timeZone: string }): string => {
  assertTimeZone(timeZone)
  switch (reason.kind) {
    case 'reminder': {
      const when = shortDate(reason.dueAt, now, timeZone)
      return reason.note.trim() ? `Reminder: ${reason.note.trim()} (${when})` : `Reminder (${when})`
    }
    case 'overdue':
      return `Overdue by ${stretch(reason.days)}`
    case 'due':
      return reason.inDays === 0 ? 'Due today' : reason.inDays === 1 ? 'Due tomorrow' : `Due in ${days(reason.inDays)}`
    case 'goalBehind':
      return `Goal behind: ${reason.title} (${reason.count} of ${reason.target})`
    case 'stuck':
      return `In ${reason.stageName} for ${days(reason.days)}`
    case 'anniversary':
      return `Connected ${reason.years === 1 ? '1 year' : `${reason.years} years`} ago this week`
    case 'offer':
      return `You noted you can offer: ${reason.offer}`
    case 'sharedCommunity':
      return `Both in ${reason.name}`
    case 'quiet':
      if (reason.lastInteractionAt !== null)
        return `Last in touch ${shortDate(reason.lastInteractionAt, now, timeZone)}`
      return reason.connectedOn
        ? `Not in touch since you connected (${habitDayjs.utc(reason.connectedOn.slice(0, 7) + '-01').format('MMM YYYY')})`
        : 'Never in touch yet'
    default:
      return assertNever(reason)
  }
}

const assertNever = (value: never): never => {
  throw new Error(`Unknown queue reason: ${JSON.stringify(value)}`)
}
