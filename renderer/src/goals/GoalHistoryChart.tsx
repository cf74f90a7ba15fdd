import { BarChart } from '@mantine/charts'
import type { GoalProgressRow } from '../../../shared/api/habitResults'
import { periodLabel } from './periodLabel'

/** A goal's past periods as bars, met ones in teal, with its target as a line. */
export const GoalHistoryChart = ({ row }: { row: GoalProgressRow }) => {
  const data = row.history.map((h) => ({ period: periodLabel(h.start, row.goal.period), count: h.count, met: h.met }))
  return (
    <BarChart
      h={160}
      data={data}
      dataKey="period"
      series={[{ name: 'count', label: 'Counted', color: 'blue.6' }]}
      getBarColor={(value) => (value >= row.target ? 'teal.6' : 'blue.6')}
      referenceLines={[{ y: row.target, label: `Target ${row.target}`, color: 'gray.6' }]}
      gridAxis="y"
      tickLine="none"
      aria-label={`History of ${row.goal.title}`}
    />
  )
}
