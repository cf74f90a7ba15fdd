import { describe, expect, it } from 'vitest'
import { dataDirFlag } from '../../../electron/main/dataDirFlag'

describe('dataDirFlag', () => {
  it('reads --data-dir followed by a folder', () => {
    expect(dataDirFlag(['/usr/bin/rapport', '--data-dir', '/tmp/vault'])).toBe('/tmp/vault')
  })

  it('reads --data-dir=folder', () => {
    expect(dataDirFlag(['electron', '.', '--data-dir=/tmp/vault'])).toBe('/tmp/vault')
  })

  it('gives nothing when the flag is absent or has no value', () => {
    expect(dataDirFlag(['electron', '.'])).toBeUndefined()
    expect(dataDirFlag(['electron', '--data-dir'])).toBeUndefined()
    expect(dataDirFlag(['electron', '--data-dir', '--inspect'])).toBeUndefined()
    expect(dataDirFlag(['electron', '--data-dir='])).toBeUndefined()
  })
})
