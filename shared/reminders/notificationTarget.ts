/** Where clicking a notification takes the user: the this-week queue, or one contact. */
export type NotificationTarget = { view: 'queue' } | { view: 'contact'; contactId: string }

/** A notification to show, in words, with where it leads; `tag` names it so it is shown once. */
export type NotificationContent = { title: string; body: string; target: NotificationTarget; tag: string }
