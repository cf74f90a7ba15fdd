/** Samples the process's resident memory every `everyMs` until stopped; answers the peak, in bytes. */
export const sampleRss = (everyMs = 100): { stop: () => number } => {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.max(peak, process.memoryUsage().rss)
    },
  }
}
