/**
 * Whether focus belongs back on a card whose move the core refused: it is still on that card (about to leave the
 * stage the card was shown moving to), or it was lost with it (on the page's body). Focus the user has put
 * anywhere else is left there.
 */
export const focusBelongsToCard = (
  active: { getAttribute: (name: string) => string | null } | null,
  body: unknown,
  contactId: string,
): boolean => active === null || active === body || active.getAttribute('data-contact-id') === contactId
