declare const brand: unique symbol

/** A string that the type system keeps apart from other strings of another kind. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name }

/** Identifies one contact for its whole life, on every device. */
export type ContactId = Brand<string, 'ContactId'>
/** Identifies one relationship stage (a board column). */
export type StageId = Brand<string, 'StageId'>
/** Identifies one logged interaction with a contact. */
export type InteractionId = Brand<string, 'InteractionId'>
/** Identifies one outreach goal. */
export type GoalId = Brand<string, 'GoalId'>
/** Identifies one community (a group, meetup, chat or alumni network the user's contacts belong to). */
export type CommunityId = Brand<string, 'CommunityId'>
/** Identifies one reminder. */
export type ReminderId = Brand<string, 'ReminderId'>
/** Identifies one device that holds the vault: its Ed25519 public key, 64 lowercase hex digits. */
export type DeviceId = Brand<string, 'DeviceId'>
