type WeekInfo = { firstDay: number }
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo }

const pageLanguage = (): string => (globalThis as { navigator?: { language?: string } }).navigator?.language ?? 'en'

/** The first day of the week in the page's locale (0 Sunday, 1 Monday, 6 Saturday); Monday when it is not known. */
export const localeWeekStart = (language: string = pageLanguage()): 0 | 1 | 6 => {
  try {
    const locale = new Intl.Locale(language) as LocaleWithWeekInfo
    const firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay
    if (firstDay === 7) return 0
    if (firstDay === 6) return 6
    return 1
  } catch {
    return 1
  }
}
