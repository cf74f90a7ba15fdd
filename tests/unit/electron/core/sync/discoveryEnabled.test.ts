import { describe, expect, it } from 'vitest'
import { discoveryEnabled } from '../../../../../electron/core/sync/discovery/discoveryEnabled'

describe('the discovery kill switch', () => {
  it('leaves discovery on when neither the variable nor the flag says otherwise', () => {
    expect(discoveryEnabled({})).toBe(true)
    expect(discoveryEnabled({ RAPPORT_DISCOVERY: '' }, true)).toBe(true)
    expect(discoveryEnabled({ RAPPORT_DISCOVERY: 'on' })).toBe(true)
  })

  it('turns discovery off with RAPPORT_DISCOVERY=off, whatever its case or spaces', () => {
    expect(discoveryEnabled({ RAPPORT_DISCOVERY: 'off' })).toBe(false)
    expect(discoveryEnabled({ RAPPORT_DISCOVERY: ' OFF ' }, true)).toBe(false)
  })

  it('turns discovery off with --no-discovery, even when the variable says on', () => {
    expect(discoveryEnabled({}, false)).toBe(false)
    expect(discoveryEnabled({ RAPPORT_DISCOVERY: 'on' }, false)).toBe(false)
  })

  it('refuses any other value of the variable with a message naming the values it takes', () => {
    expect(() => discoveryEnabled({ RAPPORT_DISCOVERY: 'no' })).toThrow('RAPPORT_DISCOVERY is "no"; use "on" or "off".')
    expect(() => discoveryEnabled({ RAPPORT_DISCOVERY: '0' }, false)).toThrow(/use "on" or "off"/)
  })
})
