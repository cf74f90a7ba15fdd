import { describe, expect, it } from 'vitest'
import { composeName } from '../../../../shared/import/composeName'
import { splitCredentials } from '../../../../shared/import/splitCredentials'

describe('splitCredentials', () => {
  it('splits a credential after a comma', () => {
    expect(splitCredentials('Lee, PhD')).toEqual({ lastName: 'Lee', credentials: ['PhD'] })
    expect(splitCredentials('Lee, Ph.D.')).toEqual({ lastName: 'Lee', credentials: ['Ph.D.'] })
  })

  it('splits several credentials after commas, in their order', () => {
    expect(splitCredentials('Doe, MBA, PMP')).toEqual({ lastName: 'Doe', credentials: ['MBA', 'PMP'] })
    expect(splitCredentials('Doe, MBA PMP')).toEqual({ lastName: 'Doe', credentials: ['MBA', 'PMP'] })
  })

  it('splits a known credential after a space', () => {
    expect(splitCredentials('Smith CFA')).toEqual({ lastName: 'Smith', credentials: ['CFA'] })
    expect(splitCredentials('Smith CFA, PMP')).toEqual({ lastName: 'Smith', credentials: ['CFA', 'PMP'] })
  })

  it('keeps generational suffixes and ordinary words in the name', () => {
    expect(splitCredentials('King, Jr.')).toEqual({ lastName: 'King, Jr.', credentials: [] })
    expect(splitCredentials('Gates III')).toEqual({ lastName: 'Gates III', credentials: [] })
    expect(splitCredentials('García López')).toEqual({ lastName: 'García López', credentials: [] })
    expect(splitCredentials('van der Berg')).toEqual({ lastName: 'van der Berg', credentials: [] })
    expect(splitCredentials('Smith, Candidate')).toEqual({ lastName: 'Smith, Candidate', credentials: [] })
  })

  it('never empties the name for a credential after a space', () => {
    expect(splitCredentials('MBA')).toEqual({ lastName: 'MBA', credentials: [] })
  })
})

describe('composeName', () => {
  const parts = { given: '', middle: '', family: '', suffix: '', fullName: '' }

  it('puts middle names with the first name', () => {
    expect(composeName({ ...parts, given: 'Daniel', middle: 'J.', family: 'Kim' })).toEqual({
      firstName: 'Daniel J.',
      lastName: 'Kim',
      credentials: [],
    })
  })

  it('keeps a generational suffix with the last name and takes a credential apart', () => {
    expect(composeName({ ...parts, given: 'Martin', family: 'King', suffix: 'Jr.' }).lastName).toBe('King, Jr.')
    expect(composeName({ ...parts, given: 'Grace', family: 'Hopper', suffix: 'PhD' })).toEqual({
      firstName: 'Grace',
      lastName: 'Hopper',
      credentials: ['PhD'],
    })
  })

  it('splits the full name at its last word when there are no name parts', () => {
    expect(composeName({ ...parts, fullName: 'Ada King Lovelace' })).toEqual({
      firstName: 'Ada King',
      lastName: 'Lovelace',
      credentials: [],
    })
    expect(composeName({ ...parts, fullName: 'Hannah Lee, PhD' })).toEqual({
      firstName: 'Hannah',
      lastName: 'Lee',
      credentials: ['PhD'],
    })
    expect(composeName({ ...parts, fullName: 'Cher' })).toEqual({ firstName: 'Cher', lastName: '', credentials: [] })
  })
})
