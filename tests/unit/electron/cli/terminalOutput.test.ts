import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { terminalOutput } from '../../../../electron/cli/terminalOutput'

const fakeStream = () => {
  const stream = Object.assign(new EventEmitter(), { written: [] as string[] })
  return Object.assign(stream, {
    write: (text: string) => {
      stream.written.push(text)
      return true
    },
  })
}

const writeError = (code: string) => Object.assign(new Error(`write ${code}`), { code })

const setup = () => {
  const out = fakeStream()
  const err = fakeStream()
  const failures: string[] = []
  const io = terminalOutput({ out, err }, () => failures.push('failed'))
  return { out, err, failures, io }
}

describe('terminal output', () => {
  it('prints to standard output and standard error', () => {
    const { out, err, io } = setup()
    io.out('listed\n')
    io.err('warned\n')
    expect(out.written).toEqual(['listed\n'])
    expect(err.written).toEqual(['warned\n'])
  })

  it('drops what is printed after the reader closed the pipe, quietly and without failing', () => {
    const { out, err, failures, io } = setup()
    io.out('first\n')
    out.emit('error', writeError('EPIPE'))
    io.out('second\n')
    io.err('still shown\n')
    expect(out.written).toEqual(['first\n'])
    expect(err.written).toEqual(['still shown\n'])
    expect(failures).toEqual([])
  })

  it('reports any other write error on standard error and fails the command', () => {
    const { out, err, failures, io } = setup()
    out.emit('error', writeError('ENOSPC'))
    io.out('lost\n')
    expect(out.written).toEqual([])
    expect(err.written).toEqual(['rapport: cannot write to standard output: write ENOSPC\n'])
    expect(failures).toEqual(['failed'])
  })

  it('keeps printing results when only standard error is closed', () => {
    const { out, err, failures, io } = setup()
    err.emit('error', writeError('EPIPE'))
    io.err('lost\n')
    io.out('result\n')
    expect(err.written).toEqual([])
    expect(out.written).toEqual(['result\n'])
    expect(failures).toEqual([])
  })
})
