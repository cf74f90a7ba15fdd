/** Every card has the same height, so a column of 30,000 never needs measuring. */
export const cardHeight = 88

/** The space between two cards of a column. */
export const cardGap = 8

/** The distance from one card's top to the next one's: the virtual list's fixed row size. */
export const rowHeight = cardHeight + cardGap

/** The space above the first card and below the last one, inside a column's list. */
export const listPadding = 8

/** The row under a point `offset` pixels below the top of a column's list (not clamped). */
export const rowAtOffset = (offset: number): number => Math.floor((offset - listPadding) / rowHeight)

/** A number kept between two bounds. */
export const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max)
