const digit = (date: string, i: number) => date.charCodeAt(i) - 48

/** The month and day of a `YYYY-MM-DD` date as one number, month * 100 + day (`'2021-01-19'` gives 119), without parsing it. */
export const monthDayOf = (date: string): number =>
  digit(date, 5) * 1000 + digit(date, 6) * 100 + digit(date, 8) * 10 + digit(date, 9)
