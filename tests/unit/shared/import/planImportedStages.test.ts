import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../../shared/domain'
import type { Stage } from '../../../../shared/domain/types'
import { planImportedStages } from '../../../../shared/import/planImportedStages'

const stage = (name: string, rank: string, colour = '#868e96'): Stage => ({
  id: `id-${name}` as StageId,
  name,
  colour,
  rank,
  archived: false,
  createdAt: 0,
  cadenceSetAt: null,
  cadenceDays: null,
})
const vault = [stage('Connected', 'a0'), stage('Reached out', 'a1')]
const incoming = (name: string, line: number, colour = '#ffffff', archived = false) => ({
  line,
  name,
  colour,
  archived,
})
let ids = 0
const newId = () => `new-${++ids}`

describe('planImportedStages', () => {
  it('matches stages by name without case and creates the others after the vault’s own, in the file’s order', () => {
    const plan = planImportedStages(vault, [incoming('mentors', 3), incoming('CONNECTED', 4), incoming('Ex', 5)], {
      adoptLayout: false,
      newId,
    })

    expect(plan.stageIdByName.get('connected')).toBe('id-Connected')
    expect(plan.newStages.map((s) => [s.name, s.colour])).toEqual([
      ['mentors', '#ffffff'],
      ['Ex', '#ffffff'],
    ])
    expect(plan.newStages.every((s) => s.rank > 'a1')).toBe(true)
    expect(plan.newStages[0].rank < plan.newStages[1].rank).toBe(true)
    expect(plan.restyledStages).toEqual([])
  })

  it('skips a stage named twice, with its line', () => {
    const plan = planImportedStages(vault, [incoming('Mentors', 3), incoming(' mentors', 7)], {
      adoptLayout: false,
      newId,
    })

    expect(plan.skipped).toEqual([{ line: 7, reason: 'Stage " mentors" appears twice (first on line 3)' }])
    expect(plan.newStages).toHaveLength(1)
  })

  it('in a vault with no contacts, gives matching stages the export’s colour, flag and place, and puts the rest after', () => {
    const plan = planImportedStages(vault, [incoming('Reached out', 3, '#123456', true), incoming('Mentors', 4)], {
      adoptLayout: true,
      newId,
    })

    const reachedOut = plan.restyledStages.find((r) => r.id === 'id-Reached out')
    const connected = plan.restyledStages.find((r) => r.id === 'id-Connected')
    expect(reachedOut?.after).toMatchObject({ colour: '#123456', archived: true })
    expect(connected?.after.colour).toBe('#868e96')
    expect(reachedOut!.after.rank < plan.newStages[0].rank).toBe(true)
    expect(plan.newStages[0].rank < connected!.after.rank).toBe(true)
  })
})
