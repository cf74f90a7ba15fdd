import { syncSettingsChangeSchema } from '../../../shared/api/syncSchemas'

/** A typed listening port: blank means any free port (null); otherwise a whole number the core accepts. */
export const listeningPortOf = (text: string): { ok: true; value: number | null } | { ok: false; error: string } => {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'The port must be a whole number, or blank for automatic.' }
  const parsed = syncSettingsChangeSchema.safeParse({ port: Number(trimmed) })
  return parsed.success
    ? { ok: true, value: parsed.data.port ?? null }
    : { ok: false, error: 'The port must be between 1024 and 65535, or blank for automatic.' }
}
