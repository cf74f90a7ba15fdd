import type { CalendarOptions } from './habitInputs'
import { periodContaining, type Period } from './periodContaining'

/** The period of the same kind just before this one. */
export const previousPeriod = (period: Period, options: CalendarOptions): Period =>
  periodContaining(period.start - 1, period.kind, options)
