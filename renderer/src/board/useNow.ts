import { useEffect, useState } from 'react'

/** The current time, refreshed every minute: enough for "3 days ago" and overdue marks. */
export const useNow = (every = 60_000): number => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), every)
    return () => clearInterval(timer)
  }, [every])
  return now
}
