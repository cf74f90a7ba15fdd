/**
 * What the probe records in the page. Every time is `performance.now()` in the page: milliseconds
 * since the navigation started (`performance.timeOrigin`).
 */
export type FirstPaintMarks = {
  /** The first card button is in the board (found by a MutationObserver installed before any page script). */
  firstCardAt: number
  /** The next animation frame after that: the frame that paints it. */
  frameAt: number
  /** The navigation's response ended (the HTML is in). */
  responseEnd: number
  domContentLoaded: number
  /** The WebSocket to the core opened. */
  socketOpenAt: number | null
  /** The page sent `workspace.subscribe`. */
  subscribeSentAt: number | null
  /** The answer to `workspace.subscribe` (the snapshot, or its first part) arrived, and its size in characters. */
  snapshotAt: number | null
  snapshotChars: number
  /** The first task after the snapshot's message event: the page's handler (parse, mirror) is done. */
  snapshotHandledAt: number | null
  /** Main-thread tasks over 50 ms up to the first card (Long Tasks API): start and duration. */
  longTasks: Array<{ start: number; duration: number }>
  /** Set by the runner once the page's loading indicator is gone: when, and the `workspace.chunk` events till then. */
  allLoaded?: ChunkMarks
}

/**
 * The chunk events that followed a first part: how many, their characters in all, and when the page had handled the
 * last one (every contact in the mirror); `at` is null when the first answer was whole.
 */
export type ChunkMarks = { at: number | null; chunks: number; chunkChars: number }

/** One drop: mouse up, the card in its new list, the next frame; and when the core's answer and delta arrived. */
export type DropMarks = {
  upAt: number
  seenAt: number
  frameAt: number
  /** The first `workspace.changed` event after the drop, or null if it came after the frame (it normally does). */
  deltaAt: number | null
}

/** The probe's interface in the page, as `window.__rapportProbe`. */
export type Probe = {
  firstPaint: () => Promise<FirstPaintMarks>
  armDrop: (contactId: string, stageName: string) => void
  dropResult: () => Promise<DropMarks>
  /** Messages received from the core so far that are `workspace.changed` events. */
  deltaCount: () => number
  /** The chunk events received so far. */
  chunkMarks: () => ChunkMarks
}

/**
 * The probe, as plain JavaScript to install with `addInitScript` (it runs before any page script).
 * It is a string, not a function, because the runner's TypeScript loader wraps named functions in a
 * helper (`__name`) that does not exist in the page.
 */
export const probeScript = String.raw`
(() => {
  const messages = []
  let socketOpenAt = null
  let subscribeSentAt = null
  let deltas = 0
  let subscribeAnswer = null
  let chunks = 0
  let chunkChars = 0
  let lastChunkHandledAt = null
  let snapshotHandledAt = null
  const longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  const NativeWebSocket = window.WebSocket
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args)
      this.addEventListener('open', () => { socketOpenAt = socketOpenAt ?? performance.now() })
      this.addEventListener('message', (event) => {
        const text = typeof event.data === 'string' ? event.data : ''
        const delta = text.startsWith('{"type":"event"') && text.includes('"workspace.changed"')
        if (delta) deltas++
        if (text.startsWith('{"type":"event"') && text.includes('"workspace.chunk"')) {
          chunks++
          chunkChars += text.length
          if (text.includes('"done":true')) {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => { lastChunkHandledAt = performance.now() }
            channel.port2.postMessage(null)
          }
        }
        const snapshot = subscribeAnswer !== null && text.startsWith(subscribeAnswer)
        if (snapshot) subscribeAnswer = null
        messages.push({ at: performance.now(), chars: text.length, delta, snapshot })
        if (snapshot) {
          // Posted before the app's own handler runs, so it runs in the first task after that handler.
          const channel = new MessageChannel()
          channel.port1.onmessage = () => { snapshotHandledAt = performance.now() }
          channel.port2.postMessage(null)
        }
      })
    }
    send(data) {
      if (subscribeSentAt === null && typeof data === 'string' && data.includes('"workspace.subscribe"')) {
        subscribeSentAt = performance.now()
        subscribeAnswer = '{"type":"result","id":' + JSON.parse(data).id + ','
      }
      return super.send(data)
    }
  }

  const cardSelector = '[data-testid="board"] [data-contact-id]'
  const firstPaint = new Promise((resolve) => {
    const seen = () => {
      const firstCardAt = performance.now()
      requestAnimationFrame(() => resolve({ firstCardAt, frameAt: performance.now() }))
    }
    const observer = new MutationObserver(() => {
      if (!document.querySelector(cardSelector)) return
      observer.disconnect()
      seen()
    })
    observer.observe(document, { childList: true, subtree: true })
  })

  let drop = null
  window.__rapportProbe = {
    firstPaint: async () => {
      const marks = await firstPaint
      // Long-task entries reach the observer a little after their task: let the last ones in.
      await new Promise((resolve) => setTimeout(resolve, 300))
      const nav = performance.getEntriesByType('navigation')[0]
      const snapshot = messages.find((m) => m.snapshot) ?? null
      return {
        ...marks,
        responseEnd: nav ? nav.responseEnd : NaN,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
        socketOpenAt,
        subscribeSentAt,
        snapshotAt: snapshot ? snapshot.at : null,
        snapshotChars: snapshot ? snapshot.chars : 0,
        snapshotHandledAt,
        longTasks: longTasks.filter((t) => t.start <= marks.firstCardAt),
      }
    },
    armDrop: (contactId, stageName) => {
      const list = [...document.querySelectorAll('[data-testid="board"] [role="list"]')].find(
        (l) => l.getAttribute('aria-label') === stageName,
      )
      if (!list) throw new Error('No list named ' + stageName)
      const selector = '[data-contact-id="' + CSS.escape(contactId) + '"]'
      if (list.querySelector(selector)) throw new Error('The card is already in ' + stageName)
      const marks = { upAt: NaN, seenAt: NaN, frameAt: NaN, deltaAt: null }
      drop = new Promise((resolve) => {
        window.addEventListener('pointerup', () => { marks.upAt = performance.now() }, { capture: true, once: true })
        const observer = new MutationObserver(() => {
          if (!list.querySelector(selector)) return
          observer.disconnect()
          marks.seenAt = performance.now()
          requestAnimationFrame(() => {
            marks.frameAt = performance.now()
            const delta = messages.find((m) => m.delta && m.at >= marks.upAt)
            marks.deltaAt = delta && delta.at <= marks.frameAt ? delta.at : null
            resolve(marks)
          })
        })
        observer.observe(list, { childList: true, subtree: true })
      })
    },
    dropResult: () => drop,
    chunkMarks: () => ({ at: lastChunkHandledAt, chunks, chunkChars }),
    deltaCount: () => deltas,
  }
})()
`
