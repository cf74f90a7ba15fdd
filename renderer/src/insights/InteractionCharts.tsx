import { AreaChart, BarChart } from '@mantine/charts'
import type { InsightsWeek } from '../../../shared/api/habitResults'
import { interactionTypes } from '../../../shared/domain'
import { interactionColours, interactionLabels } from '../contact/interactionKinds'
import { periodLabel } from '../goals/periodLabel'

const counted = interactionTypes.filter((t) => t !== 'note')

/** Interactions per week over the weeks given, stacked by type; value given has its own colour. */
export const InteractionsPerWeekChart = ({ weeks }: { weeks: InsightsWeek[] }) => (
  <BarChart
    h={260}
    type="stacked"
    data={weeks.map((w) => ({ week: periodLabel(w.start, 'week'), ...w.counts }))}
    dataKey="week"
    series={counted.map((t) => ({ name: t, label: interactionLabels[t], color: `${interactionColours[t]}.6` }))}
    withLegend
    gridAxis="y"
    tickLine="none"
    aria-label="Interactions per week, by type"
  />
)

/** Value given each week: the give-first habit over time. */
export const ValueGivenChart = ({ weeks }: { weeks: InsightsWeek[] }) => (
  <AreaChart
    h={180}
    data={weeks.map((w) => ({ week: periodLabel(w.start, 'week'), value: w.counts.value }))}
    dataKey="week"
    series={[{ name: 'value', label: interactionLabels.value, color: `${interactionColours.value}.6` }]}
    curveType="monotone"
    gridAxis="y"
    tickLine="none"
    aria-label="Value given per week"
  />
)
