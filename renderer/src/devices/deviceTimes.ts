import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'

dayjs.extend(relativeTime)

/** When something happened, as a person says it: "a few seconds ago", "3 hours ago", or "Never". */
export const relativeDeviceTime = (at: number | null, now: number): string =>
  at === null ? 'Never' : dayjs(at).from(Math.max(now, at))

/** The exact local time, for a tooltip: "3 Dec 2026, 09:41:07"; empty when never. */
export const exactDeviceTime = (at: number | null): string =>
  at === null ? '' : dayjs(at).format('D MMM YYYY, HH:mm:ss')
