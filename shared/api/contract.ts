import { z } from 'zod'
import type { Community, Contact, Goal, Interaction, Reminder, Stage, WorkspaceSettings } from '../domain/types'
import type { ExportV1 } from '../export/exportFormat'
import { communityFieldsSchema, communityIdSchema } from './communitySchemas'
import { importFormats } from '../import/importedContact'
import type { ImportCommitted, ImportListEntry, ImportPreview, ImportUndone } from '../import/importResults'
import type { MergeResult, UnmergeResult } from '../merge/mergeJournal'
import type { DueItem } from '../reminders/dueItem'
import { reminderSettingsChangeSchema, type ReminderSettings } from '../reminders/reminderSettings'
import type { GoalProgressRow, InsightsResult, WeeklyQueueResult } from './habitResults'
import type { DevicesChanged, DeviceRow, PairingInvite, PairingJoined, SyncSettings } from './syncResults'
import {
  deviceAddressSchema,
  deviceIdSchema,
  deviceNameSchema,
  pairingCodeSchema,
  syncSettingsChangeSchema,
} from './syncSchemas'
import {
  importedCommunitySchema,
  importedReminderSchema,
  importedSettingsSchema,
  importedContactSchema,
  importedGoalSchema,
  importedInteractionSchema,
  importedStageSchema,
  importIdSchema,
  maxImportBatch,
  skippedRecordSchema,
} from '../import/importSchemas'
import {
  backupScheduleSchema,
  cadenceDaysSchema,
  colourSchema,
  contactFieldsSchema,
  contactIdSchema,
  contactIdsSchema,
  contactSchema,
  goalFieldsSchema,
  goalIdSchema,
  interactionIdSchema,
  interactionSchema,
  interactionSummarySchema,
  labelSchema,
  interactionTypeSchema,
  maxFieldLength,
  maxNotesLength,
  positionSchema,
  reminderIdSchema,
  stageIdSchema,
  stageNameSchema,
  timeSchema,
  weekStartSchema,
} from './fieldSchemas'

/**
 * Everything the UI needs to draw the workspace, at one version. `total` counts every contact at that version;
 * `complete` is false when `contacts` is only the first part (the top cards of each column), the rest following as
 * `workspace.chunk` events (only `workspace.subscribe` answers so, for a large vault; docs/architecture.md).
 */
export type WorkspaceSnapshot = {
  version: number
  stages: Stage[]
  communities: Community[]
  contacts: Contact[]
  total: number
  complete: boolean
  /** Every goal, archived ones too, oldest first. */
  goals: Goal[]
  /** Every reminder, resolved ones too, by due time. */
  reminders: Reminder[]
  settings: WorkspaceSettings
}

/** More of the contacts of a subscription's first snapshot (at `version`); `done` on the last part. */
export type WorkspaceChunk = { version: number; contacts: Contact[]; done: boolean }

/**
 * What changed since the previous version: changed or new contacts, removed ids, and all stages (communities, goals,
 * reminders, settings) when any of them changed; null when they did not.
 */
export type WorkspaceDelta = {
  version: number
  contacts: Contact[]
  removedContactIds: string[]
  stages: Stage[] | null
  communities: Community[] | null
  goals: Goal[] | null
  reminders: Reminder[] | null
  settings: WorkspaceSettings | null
}

/** A backup the core wrote: where, how big, how many documents, when (docs/backup.md). */
export type BackupWritten = { file: string; bytes: number; documents: number; createdAt: string }

/**
 * This device's automatic backups: the schedule (every `everyHours`, 0 for never; the newest `keep` kept), whether
 * this process runs it (`active`: the app and `rapport serve` do, one-shot commands do not) and when the newest
 * automatic backup was made.
 */
export type BackupScheduleState = {
  everyHours: number
  keep: number
  active: boolean
  lastAutomaticAt: number | null
}

/**
 * What the core is still loading at launch, while it answers from the read-model cache: the workspace document
 * (until then, changes wait), then the interaction history. Null (or absent) once everything is loaded.
 */
export type VaultLoading = 'workspace' | 'history' | null

/** Pushed to subscribed clients whenever `loading` moves on (docs/architecture.md, "Opening from the cache"). */
export type VaultStatus = { loading: VaultLoading }

/** Facts about the running core; `loading` says what is still loading after launch (absent: nothing). */
export type AppInfo = { version: string; schemaVersion: number; dataDir: string; pid: number; loading?: VaultLoading }

const spec =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })

const none = z.object({}).strict()
const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict()

/**
 * The one API contract: every command's name, its validated input and its output type.
 * Served over Electron IPC, the local WebSocket and in-process calls alike.
 */
export const commands = {
  'app.info': spec<AppInfo>()(none),
  'workspace.snapshot': spec<WorkspaceSnapshot>()(none),
  'workspace.subscribe': spec<WorkspaceSnapshot>()(none),
  'workspace.unsubscribe': spec<null>()(none),

  'contacts.get': spec<Contact>()(strict({ id: contactIdSchema })),
  'contacts.list': spec<Contact[]>()(
    strict({
      stageId: stageIdSchema.optional(),
      search: z.string().trim().max(maxFieldLength).optional(),
      includeArchived: z.boolean().optional(),
    }),
  ),
  'contacts.create': spec<Contact>()(
    contactFieldsSchema
      .partial()
      .extend({ stageId: stageIdSchema.optional() })
      .strict()
      .refine((c) => Boolean(c.firstName || c.lastName), {
        message: 'a contact needs a first or a last name',
        path: ['firstName'],
      }),
  ),
  // With `notesBase` (the notes the caller started from), the caller's edit of the notes is replayed on the notes as
  // they are now, so that an edit made meanwhile on another device is kept (shared/text/mergeText.ts).
  'contacts.update': spec<Contact>()(
    strict({
      id: contactIdSchema,
      fields: contactFieldsSchema.partial().strict(),
      notesBase: z.string().max(maxNotesLength).optional(),
    }),
  ),
  'contacts.move': spec<Contact>()(positionSchema.extend({ id: contactIdSchema, stageId: stageIdSchema }).strict()),
  'contacts.archive': spec<Contact>()(strict({ id: contactIdSchema, archived: z.boolean().default(true) })),
  'contacts.delete': spec<Contact>()(strict({ id: contactIdSchema })),
  'contacts.restore': spec<Contact>()(strict({ contact: contactSchema })),
  // Combines two records of one person: the kept one takes on the other's fields and interactions.
  'contacts.merge': spec<MergeResult>()(strict({ keepId: contactIdSchema, mergeId: contactIdSchema })),
  // Undoes a merge: both contacts as they were, without undoing edits made since (docs/contacts-ui.md).
  'contacts.unmerge': spec<UnmergeResult>()(
    strict({ undoId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'is not a merge id') }),
  ),
  'contacts.moveMany': spec<{ changed: number }>()(strict({ ids: contactIdsSchema, stageId: stageIdSchema })),
  'contacts.retagMany': spec<{ changed: number }>()(
    strict({ ids: contactIdsSchema, add: z.array(labelSchema).default([]), remove: z.array(labelSchema).default([]) }),
  ),
  'contacts.archiveMany': spec<{ changed: number }>()(
    strict({ ids: contactIdsSchema, archived: z.boolean().default(true) }),
  ),
  // "Not now": hidden from the queue and reminders until `until`; null wakes the contact.
  'contacts.snooze': spec<Contact>()(strict({ id: contactIdSchema, until: timeSchema.nullable() })),
  // A this-week queue row dismissed until `until`; null takes the dismissal back.
  'contacts.dismiss': spec<Contact>()(strict({ id: contactIdSchema, until: timeSchema.nullable() })),
  'contacts.setCadenceMany': spec<{ changed: number }>()(
    strict({ ids: contactIdsSchema, cadenceDays: cadenceDaysSchema }),
  ),

  'stages.list': spec<Stage[]>()(strict({ includeArchived: z.boolean().optional() })),
  'stages.create': spec<Stage>()(
    positionSchema.extend({ name: stageNameSchema, colour: colourSchema.optional() }).strict(),
  ),
  'stages.rename': spec<Stage>()(strict({ id: stageIdSchema, name: stageNameSchema })),
  'stages.recolour': spec<Stage>()(strict({ id: stageIdSchema, colour: colourSchema })),
  'stages.reorder': spec<Stage>()(positionSchema.extend({ id: stageIdSchema }).strict()),
  'stages.archive': spec<{ stage: Stage; movedContacts: number }>()(
    strict({ id: stageIdSchema, moveContactsTo: stageIdSchema }),
  ),
  'stages.setCadence': spec<Stage>()(strict({ id: stageIdSchema, cadenceDays: cadenceDaysSchema })),

  'communities.list': spec<Community[]>()(strict({ includeArchived: z.boolean().optional() })),
  // A name another community has (archived ones too), compared case-insensitively, is a conflict.
  'communities.create': spec<Community>()(
    communityFieldsSchema.partial().required({ name: true }).extend({ member: z.boolean().optional() }).strict(),
  ),
  'communities.update': spec<Community>()(
    strict({ id: communityIdSchema, fields: communityFieldsSchema.partial().strict() }),
  ),
  'communities.archive': spec<Community>()(strict({ id: communityIdSchema, archived: z.boolean().default(true) })),
  // Whether the user belongs to the community.
  'communities.join': spec<Community>()(strict({ id: communityIdSchema, member: z.boolean().default(true) })),
  'communities.addMember': spec<{ changed: number }>()(strict({ id: communityIdSchema, contactIds: contactIdsSchema })),
  'communities.removeMember': spec<{ changed: number }>()(
    strict({ id: communityIdSchema, contactIds: contactIdsSchema }),
  ),

  'interactions.log': spec<Interaction>()(
    strict({
      contactId: contactIdSchema,
      type: interactionTypeSchema,
      occurredAt: timeSchema,
      summary: interactionSummarySchema.default(''),
      outcome: interactionSummarySchema.default(''),
    }),
  ),
  'interactions.list': spec<Interaction[]>()(strict({ contactId: contactIdSchema })),
  'interactions.update': spec<Interaction>()(
    strict({
      id: interactionIdSchema,
      contactId: contactIdSchema,
      fields: strict({
        type: interactionTypeSchema.optional(),
        occurredAt: timeSchema.optional(),
        summary: interactionSummarySchema.optional(),
        outcome: interactionSummarySchema.optional(),
      }),
    }),
  ),
  // Answers the interaction deleted, for Undo (`interactions.restore`).
  'interactions.delete': spec<Interaction>()(strict({ id: interactionIdSchema, contactId: contactIdSchema })),
  'interactions.restore': spec<Interaction>()(strict({ interaction: interactionSchema })),

  'reminders.create': spec<Reminder>()(
    strict({ contactId: contactIdSchema, dueAt: timeSchema, note: interactionSummarySchema.default('') }),
  ),
  'reminders.complete': spec<Reminder>()(strict({ id: reminderIdSchema })),
  'reminders.dismiss': spec<Reminder>()(strict({ id: reminderIdSchema })),
  // The Undo of complete or dismiss.
  'reminders.reopen': spec<Reminder>()(strict({ id: reminderIdSchema })),
  'reminders.snooze': spec<Reminder>()(strict({ id: reminderIdSchema, until: timeSchema })),
  'reminders.list': spec<Reminder[]>()(strict({ contactId: contactIdSchema.optional() })),

  // Without a title, the goal is named from its settings ("Reach out to 3 connections a week").
  'goals.create': spec<Goal>()(
    goalFieldsSchema
      .partial({
        title: true,
        interactionTypes: true,
        distinctContacts: true,
        stageIds: true,
        tags: true,
        communityIds: true,
      })
      .strict(),
  ),
  'goals.update': spec<Goal>()(strict({ id: goalIdSchema, fields: goalFieldsSchema.partial().strict() })),
  'goals.archive': spec<Goal>()(strict({ id: goalIdSchema, archived: z.boolean().default(true) })),
  'goals.list': spec<Goal[]>()(strict({ includeArchived: z.boolean().optional() })),

  'settings.get': spec<WorkspaceSettings>()(none),
  'settings.update': spec<WorkspaceSettings>()(strict({ weekStart: weekStartSchema })),

  'export.json': spec<ExportV1>()(none),
  // Writes a backup into the vault's own `backups/` folder, never elsewhere: the path is not the caller's choice.
  'vault.backup': spec<BackupWritten>()(none),
  'vault.backupSchedule': spec<BackupScheduleState>()(none),
  'vault.setBackupSchedule': spec<BackupScheduleState>()(backupScheduleSchema),

  // A file is imported in steps, since 30,000 rows do not fit one message (docs/import.md).
  'imports.begin': spec<{ importId: string }>()(
    strict({
      format: z.enum(importFormats),
      stageId: stageIdSchema.optional(),
      tags: z.array(labelSchema).max(100).default([]),
    }),
  ),
  'imports.add': spec<{ received: number }>()(
    strict({
      importId: importIdSchema,
      contacts: z.array(importedContactSchema).max(maxImportBatch),
      skipped: z.array(skippedRecordSchema).max(maxImportBatch).default([]),
      // A Rapport export's other records, sent in batches like its contacts.
      stages: z.array(importedStageSchema).max(maxImportBatch).default([]),
      interactions: z.array(importedInteractionSchema).max(maxImportBatch).default([]),
      goals: z.array(importedGoalSchema).max(maxImportBatch).default([]),
      communities: z.array(importedCommunitySchema).max(maxImportBatch).default([]),
      reminders: z.array(importedReminderSchema).max(maxImportBatch).default([]),
      settings: z.array(importedSettingsSchema).max(1).default([]),
    }),
  ),
  'imports.preview': spec<ImportPreview>()(strict({ importId: importIdSchema })),
  'imports.commit': spec<ImportCommitted>()(strict({ importId: importIdSchema })),
  'imports.cancel': spec<null>()(strict({ importId: importIdSchema })),
  'imports.undo': spec<ImportUndone>()(strict({ importId: importIdSchema })),
  'imports.list': spec<ImportListEntry[]>()(none),

  // This device's reminder settings (docs/reminders.md); a change names only the settings it changes.
  'reminders.settings': spec<ReminderSettings>()(none),
  'reminders.setSettings': spec<ReminderSettings>()(reminderSettingsChangeSchema),
  // The outreach habit's views, computed over the read model (docs/habit-ui.md). `now` defaults to the core's clock;
  // `weekStart` (0 Sunday, 1 Monday, 6 Saturday) is used when the workspace setting follows the locale.
  'queue.list': spec<WeeklyQueueResult>()(
    strict({
      now: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      weekStart: z.union([z.literal(0), z.literal(1), z.literal(6)]).optional(),
    }),
  ),
  'goals.progress': spec<GoalProgressRow[]>()(
    strict({
      now: z.number().int().min(0).optional(),
      periods: z.number().int().min(1).max(52).optional(),
      weekStart: z.union([z.literal(0), z.literal(1), z.literal(6)]).optional(),
    }),
  ),
  'insights.get': spec<InsightsResult>()(
    strict({
      now: z.number().int().min(0).optional(),
      weekStart: z.union([z.literal(0), z.literal(1), z.literal(6)]).optional(),
    }),
  ),

  // Sync between this user's devices (docs/sync.md). Pairing joins a device into this vault; the device list is
  // shared by every device, last seen and the state are this device's view.
  'devices.list': spec<DeviceRow[]>()(none),
  // Follows the device list without following the whole workspace: answers it now, then pushes `devices.changed` to
  // this client whenever it changes, until `devices.unsubscribe` or the client goes away.
  'devices.subscribe': spec<DeviceRow[]>()(none),
  'devices.unsubscribe': spec<null>()(none),
  'devices.rename': spec<DeviceRow>()(strict({ id: deviceIdSchema, name: deviceNameSchema })),
  'devices.remove': spec<null>()(strict({ id: deviceIdSchema })),
  // Connects to a device at a typed address now, and remembers the address.
  'devices.addAddress': spec<DeviceRow | null>()(strict({ address: deviceAddressSchema })),
  'pair.invite': spec<PairingInvite>()(none),
  'pair.join': spec<PairingJoined>()(strict({ code: pairingCodeSchema })),
  'sync.settings': spec<SyncSettings>()(none),
  'sync.setSettings': spec<SyncSettings>()(syncSettingsChangeSchema),
} as const

/** The name of a command. */
export type CommandName = keyof typeof commands
/** What a caller passes to a command (before defaults are applied). */
export type CommandInput<K extends CommandName> = z.input<(typeof commands)[K]['input']>
/** What a handler receives: the input after validation and defaults. */
export type ValidInput<K extends CommandName> = z.output<(typeof commands)[K]['input']>
/** What a command answers. */
export type CommandOutput<K extends CommandName> = (typeof commands)[K]['output']

/** How far a commit has got: contacts written so far, out of all it creates and updates. */
export type ImportProgress = { importId: string; written: number; total: number }

/** People due now, as the digest or a reminder announces them, with the notification's words. */
export type RemindersDue = { items: DueItem[]; text: string }

/**
 * Events the core pushes: `workspace.changed` to subscribed clients, `workspace.chunk` to a client whose
 * `workspace.subscribe` answer was not complete, `imports.progress` to the client committing that import, after each
 * batch, `reminders.due` to subscribed clients when the digest or a reminder comes (docs/reminders.md), and
 * `devices.changed` to clients subscribed to the workspace or to the devices (`devices.subscribe`) when the device list
 * or a device's state changes (docs/sync.md).
 */
export type ServerEvents = {
  'workspace.changed': WorkspaceDelta
  'workspace.chunk': WorkspaceChunk
  'imports.progress': ImportProgress
  'reminders.due': RemindersDue
  'vault.status': VaultStatus
  'devices.changed': DevicesChanged
}
/** The name of a pushed event. */
export type EventName = keyof ServerEvents

/** True when a string names a command of the contract. */
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name)
