import { describe, expect, it } from 'vitest'
import type { QueueRow } from '../../../../shared/api/habitResults'
import { weekSections } from '../../../../shared/selectors/weekSections'

const row = (contactId: string) => ({ contactId }) as QueueRow
const queue = { top: [row('ada')], rest: [row('grace'), row('alan')] }
const ids = (rows: QueueRow[]) => rows.map((r) => r.contactId)

describe('the sections of this week’s list', () => {
  it('puts the first few under "Start with these" when there are no goals', () => {
    expect(weekSections(queue, [])).toEqual({ heading: 'Start with these', ...queue })
  })

  it('sets apart the people a goal still needs while one is behind', () => {
    const sections = weekSections(queue, [{ met: true }, { met: false }])
    expect(sections.heading).toBe('To meet your goals this week')
    expect(ids(sections.top)).toEqual(['ada'])
    expect(ids(sections.rest)).toEqual(['grace', 'alan'])
  })

  it('says the goals are met, and drops the split, once no goal is behind', () => {
    const sections = weekSections(queue, [{ met: true }, { met: true }])
    expect(sections.heading).toBe('Goals met this week: these are still worth a message')
    expect(ids(sections.top)).toEqual(['ada', 'grace', 'alan'])
    expect(sections.rest).toEqual([])
  })
})
