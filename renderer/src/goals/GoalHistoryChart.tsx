import { BarChart } from '@mantine/charts'
import type { GoalProgressRow } from '../../../shared/api/habitResults'
import { periodLabel } from './periodLabel'

/**
 * A goal's past periods as bars, met ones in teal, with its target as a line. Periods before the goal was created
 * are grey, "Before this goal": the streak does not count them, so the chart does not show them as met.
 */
export const GoalHistoryChart = ({ row }: { row: GoalProgressRow }) => {
  const data = row.history.map((h) => ({
    period: periodLabel(h.start, row.goal.period),
    count: h.beforeGoal ? 0 : h.count,
    before: h.beforeGoal ? h.count : 0,
  }))
  const anyBefore = row.history.some((h) => h.beforeGoal && h.count > 0)
  return (
    <BarChart
      h={160}
      data={data}
      dataKey="period"
      type="stacked"
      series={[
        { name: 'count', label: 'Counted', color: 'blue.6' },
        ...(anyBefore ? [{ name: 'before', label: 'Before this goal', color: 'gray.5' }] : []),
      ]}
      withLegend={anyBefore}
      getBarColor={(value, series) => (series.name === 'before' ? 'gray.5' : value >= row.target ? 'teal.6' : 'blue.6')}
      referenceLines={[{ y: row.target, label: `Target ${row.target}`, color: 'gray.6' }]}
      gridAxis="y"
      tickLine="none"
      aria-label={`History of ${row.goal.title}`}
    />
  )
}
