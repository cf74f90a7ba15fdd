import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  class Notification extends EventEmitter {
    static supported = true
    static shown: Notification[] = []
    static isSupported = () => Notification.supported
    constructor(readonly options: { title: string; body: string }) {
      super()
    }
    show() {
      Notification.shown.push(this)
    }
  }
  return { Notification }
})
vi.mock('electron', () => electron)

const { createNotifier } = await import('../../../electron/main/notifications')

const content = {
  title: '3 people to reach out to this week',
  body: 'Ada, Alan and Grace',
  target: { view: 'queue' as const },
  tag: 'digest-2026-12-03',
}

beforeEach(() => {
  electron.Notification.shown = []
  electron.Notification.supported = true
})

describe('notifications', () => {
  it('shows the title and the body, and a click leads where the notification says', () => {
    const onClick = vi.fn()
    expect(createNotifier({ onClick }).show(content)).toBe(true)
    const [shown] = electron.Notification.shown
    expect(shown.options).toEqual({ title: content.title, body: content.body })
    shown.emit('click')
    expect(onClick).toHaveBeenCalledWith({ view: 'queue' })
  })

  it('shows nothing where the system has no notifications', () => {
    electron.Notification.supported = false
    expect(createNotifier({ onClick: vi.fn() }).show(content)).toBe(false)
    expect(electron.Notification.shown).toEqual([])
  })
})
