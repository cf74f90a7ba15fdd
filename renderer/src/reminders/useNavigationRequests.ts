import { useEffect } from 'react'
import type { RapportBridge } from '../../../shared/api/ipcChannels'
import type { NotificationTarget } from '../../../shared/reminders/notificationTarget'

/** Goes where the desktop app asks (a notification or the tray was clicked); nothing in a browser. */
export const useNavigationRequests = (
  bridge: RapportBridge | undefined,
  onNavigate: (target: NotificationTarget) => void,
): void => {
  useEffect(() => bridge?.onNavigate(onNavigate), [bridge, onNavigate])
}
