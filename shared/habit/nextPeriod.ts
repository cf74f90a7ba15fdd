import type { CalendarOptions } from './habitInputs'
import { periodContaining, type Period } from './periodContaining'

/** The period of the same kind just after this one. */
export const nextPeriod = (period: Period, options: CalendarOptions): Period =>
  periodContaining(period.end, period.kind, options)
