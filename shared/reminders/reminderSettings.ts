import { z } from 'zod'

/** A time of day as `HH:mm`, 24-hour. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day such as 09:00')

/** A day of the week, 0 for Sunday to 6 for Saturday. */
export const weekdaySchema = z.number().int().min(0).max(6)

/** A stretch of the day with no notifications, possibly across midnight (21:00 to 08:00). */
export const quietHoursSchema = z.object({ start: timeOfDaySchema, end: timeOfDaySchema }).strict()

/** Quiet hours: from `start` to `end` of each day, in the device's time zone. */
export type QuietHours = z.infer<typeof quietHoursSchema>

/**
 * This device's reminder settings: when the daily digest comes (time and days), quiet hours (null: none), whether it
 * notifies at all, whether closing the window keeps Rapport in the tray, and whether it starts at login.
 */
export type ReminderSettings = {
  digestTime: string
  digestDays: number[]
  quietHours: QuietHours | null
  notifications: boolean
  closeToTray: boolean
  startAtLogin: boolean
}

/** The defaults: 09:00 on weekdays, quiet from 21:00 to 08:00, notifications on, close to tray, not at login. */
export const defaultReminderSettings: ReminderSettings = {
  digestTime: '09:00',
  digestDays: [1, 2, 3, 4, 5],
  quietHours: { start: '21:00', end: '08:00' },
  notifications: true,
  closeToTray: true,
  startAtLogin: false,
}

const digestDaysSchema = z
  .array(weekdaySchema)
  .max(7)
  .transform((days) => [...new Set(days)].sort((a, b) => a - b))

/** A whole settings record as stored; a field left out takes its default. */
export const reminderSettingsSchema = z
  .object({
    digestTime: timeOfDaySchema.default(defaultReminderSettings.digestTime),
    digestDays: digestDaysSchema.default(defaultReminderSettings.digestDays),
    quietHours: quietHoursSchema.nullable().default(defaultReminderSettings.quietHours),
    notifications: z.boolean().default(defaultReminderSettings.notifications),
    closeToTray: z.boolean().default(defaultReminderSettings.closeToTray),
    startAtLogin: z.boolean().default(defaultReminderSettings.startAtLogin),
  })
  .strict()

/** A change to some of the settings; the others stay as they are. */
export const reminderSettingsChangeSchema = z
  .object({
    digestTime: timeOfDaySchema,
    digestDays: digestDaysSchema,
    quietHours: quietHoursSchema.nullable(),
    notifications: z.boolean(),
    closeToTray: z.boolean(),
    startAtLogin: z.boolean(),
  })
  .partial()
  .strict()
