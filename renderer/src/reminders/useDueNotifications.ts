import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import type { RapportClient } from '../../../shared/api/client'
import type { NotificationTarget } from '../../../shared/reminders/notificationTarget'
import { dueNotificationContent } from './dueNotificationContent'

/**
 * Shows due people as notifications on the page when it runs in a browser (`rapport serve --ui`); a click goes to
 * the queue or the contact. In the desktop app the system's notifications show them instead (`enabled` false).
 */
export const useDueNotifications = (
  client: RapportClient,
  options: { enabled: boolean; onOpen: (target: NotificationTarget) => void },
): void => {
  const { enabled, onOpen } = options
  useEffect(() => {
    if (!enabled) return undefined
    return client.on('reminders.due', (due) => {
      const content = dueNotificationContent(due, Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone)
      notifications.show({
        id: content.tag,
        title: content.title,
        message: content.body,
        autoClose: false,
        style: { cursor: 'pointer' },
        onClick: () => {
          notifications.hide(content.tag)
          onOpen(content.target)
        },
      })
    })
  }, [client, enabled, onOpen])
}
