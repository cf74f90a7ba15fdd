import { Notification } from 'electron'
import type { NotificationContent, NotificationTarget } from '../../shared/reminders/notificationTarget'

/** Shows notifications; says whether the system could show it. */
export type Notifier = { show: (content: NotificationContent) => boolean }

/**
 * Shows the digest and the reminders as the system's notifications; clicking one runs `onClick` with where it
 * leads. Each is held until clicked or closed, so that its click is not lost to garbage collection.
 */
export const createNotifier = (options: { onClick: (target: NotificationTarget) => void }): Notifier => {
  const showing = new Set<Notification>()
  return {
    show(content) {
      if (!Notification.isSupported()) return false
      const notification = new Notification({ title: content.title, body: content.body })
      showing.add(notification)
      notification.on('click', () => {
        showing.delete(notification)
        options.onClick(content.target)
      })
      notification.on('close', () => showing.delete(notification))
      notification.show()
      return true
    },
  }
}
