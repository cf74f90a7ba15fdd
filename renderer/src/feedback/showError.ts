import { notifications } from '@mantine/notifications'

/** Tells the person that a command failed, in the core's own words. */
export const showError = (title: string, error: unknown): void => {
  notifications.show({ color: 'red', title, message: (error as Error)?.message ?? String(error) })
}
