import { describe, expect, it } from 'vitest'
import { runCli, startServe } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

const addAda = async (dir: string, ...extra: string[]) =>
  JSON.parse(
    (
      await runCli([
        '--data-dir',
        dir,
        'contacts',
        'add',
        '--first-name',
        'Ada',
        '--email',
        'ada@example.com',
        '--linkedin',
        'https://www.linkedin.com/in/ada-lovelace',
        ...extra,
        '--json',
      ])
    ).stdout,
  )

describe('the habit commands of rapport', () => {
  it('logs an interaction with a contact found by email or LinkedIn URL, on the date given', async () => {
    const dir = await tempDataDir()
    const ada = await addAda(dir)
    const byEmail = await runCli([
      '--data-dir',
      dir,
      'log',
      'ADA@example.com',
      '--type',
      'call',
      '--date',
      '2026-11-02',
    ])
    expect(byEmail).toMatchObject({ code: 0, stdout: 'Logged a call with Ada on 2026-11-02\n' })
    const byUrl = await runCli([
      '--data-dir',
      dir,
      'log',
      'linkedin.com/in/ada-lovelace/',
      '--type',
      'message',
      '--note',
      'Sent the paper',
      '--json',
    ])
    expect(JSON.parse(byUrl.stdout)).toMatchObject({ contactId: ada.id, type: 'message', summary: 'Sent the paper' })
  })

  it('refuses an unknown type or a date that does not exist, and logs nothing', async () => {
    const dir = await tempDataDir()
    const ada = await addAda(dir)
    const badType = await runCli(['--data-dir', dir, 'log', ada.id, '--type', 'lunch'])
    expect(badType).toMatchObject({ code: 1, stderr: expect.stringContaining('No interaction type "lunch"') })
    const badDate = await runCli(['--data-dir', dir, 'log', ada.id, '--type', 'call', '--date', '2026-02-30'])
    expect(badDate).toMatchObject({ code: 1, stderr: expect.stringContaining('is not a real date') })
    const nobody = await runCli(['--data-dir', dir, 'log', 'bob@example.com', '--type', 'call'])
    expect(nobody).toMatchObject({ code: 1, stderr: expect.stringContaining('No contact with email') })
    const after = JSON.parse((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)
    expect(after[0].lastInteractionAt).toBeNull()
  })

  it('sets a cadence when adding a contact, then changes and clears it with contacts update', async () => {
    const dir = await tempDataDir()
    const ada = await addAda(dir, '--cadence', '30')
    expect(ada.cadenceDays).toBe(30)
    const updated = await runCli([
      '--data-dir',
      dir,
      'contacts',
      'update',
      ada.id.slice(0, 6),
      '--cadence',
      '90',
      '--offer',
      'An intro to Babbage',
      '--json',
    ])
    expect(JSON.parse(updated.stdout)).toMatchObject({
      cadenceDays: 90,
      offer: 'An intro to Babbage',
      firstName: 'Ada',
    })
    const cleared = await runCli(['--data-dir', dir, 'contacts', 'update', ada.id, '--cadence', 'none', '--json'])
    expect(JSON.parse(cleared.stdout).cadenceDays).toBeNull()
    const bad = await runCli(['--data-dir', dir, 'contacts', 'update', ada.id, '--cadence', 'often'])
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining('--cadence must be a number of days') })
  })

  it('prints who is due, best first, as JSON with the reasons in words', async () => {
    const dir = await tempDataDir()
    const ada = await addAda(dir, '--cadence', '7')
    await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Grace', '--cadence', '14'])
    await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Alan'])
    const later = new Date(Date.now() + 20 * 86_400_000).toISOString()
    const due = await runCli(['--data-dir', dir, 'due', '--now', later, '--json'])
    expect(due.code).toBe(0)
    const rows = JSON.parse(due.stdout)
    expect(rows.map((r: { name: string }) => r.name)).toEqual(['Ada', 'Grace'])
    expect(rows[0]).toEqual({
      contactId: ada.id,
      name: 'Ada',
      score: expect.any(Number),
      reasons: [expect.stringMatching(/^Overdue by 1[23] days$/)],
    })
    const limited = await runCli(['--data-dir', dir, 'due', '--now', later, '--limit', '1'])
    expect(limited.stdout).toMatch(/^\s+ID\s+NAME[\s\S]*Ada[\s\S]*Overdue by/)
    expect(limited.stdout).not.toContain('Grace')
    const bad = await runCli(['--data-dir', dir, 'due', '--limit', 'many'])
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining('--limit must be a whole number') })
  })

  it('adds a goal of 3 people a week and lists its progress', async () => {
    const dir = await tempDataDir()
    const ada = await addAda(dir)
    const added = await runCli([
      '--data-dir',
      dir,
      'goals',
      'add',
      '--target',
      '3',
      '--per',
      'week',
      '--types',
      'message,call',
      '--distinct',
      '--json',
    ])
    expect(JSON.parse(added.stdout)).toMatchObject({
      target: 3,
      period: 'week',
      interactionTypes: ['call', 'message'],
      distinctContacts: true,
    })
    await runCli(['--data-dir', dir, 'log', ada.id, '--type', 'call', '--outcome', 'Will intro me'])
    const listed = await runCli(['--data-dir', dir, 'goals', 'list'])
    expect(listed.stdout).toContain('1 of 3 this week')
    const json = JSON.parse((await runCli(['--data-dir', dir, 'goals', 'list', '--json'])).stdout)
    expect(json[0]).toMatchObject({ count: 1, target: 3, met: false })
    const bad = await runCli(['--data-dir', dir, 'goals', 'add', '--target', '3', '--per', 'fortnight'])
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining('--per must be week, month or quarter') })
  })

  it('adds a goal that counts only the people of a community, named as the communities command names it', async () => {
    const dir = await tempDataDir()
    await runCli(['--data-dir', dir, 'communities', 'add', 'Rust Berlin'])
    const added = await runCli(
      ['--data-dir', dir, 'goals', 'add', '--target', '1', '--per', 'month'].concat([
        '--community',
        'rust berlin',
        '--json',
      ]),
    )
    const communities = JSON.parse((await runCli(['--data-dir', dir, 'communities', 'list', '--json'])).stdout)

    expect(JSON.parse(added.stdout).communityIds).toEqual([communities[0].id])
    const unknown = await runCli(
      ['--data-dir', dir, 'goals', 'add', '--target', '1', '--per', 'week'].concat(['--community', 'Nowhere']),
    )
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('No community named "Nowhere"') })
  })

  it('sets a reminder and snoozes a contact', async () => {
    const dir = await tempDataDir()
    const ada = await addAda(dir)
    const reminded = await runCli([
      '--data-dir',
      dir,
      'remind',
      'ada@example.com',
      '--on',
      '2030-05-01',
      '--note',
      'Ask about the paper',
    ])
    expect(reminded).toMatchObject({ code: 0, stdout: 'Reminder set for Ada on 2030-05-01\n' })
    const snoozed = await runCli(['--data-dir', dir, 'snooze', ada.id, '--until', '2030-06-01', '--json'])
    expect(JSON.parse(snoozed.stdout).snoozedUntil).toBe(new Date(2030, 5, 1, 9).getTime())
  })

  it('logs, adds a goal and lists who is due through a running instance', async () => {
    const dir = await tempDataDir()
    const ada = await addAda(dir, '--cadence', '7')
    const serve = await startServe(dir)
    try {
      await runCli(['--data-dir', dir, 'goals', 'add', '--target', '2', '--per', 'week'])
      const logged = await runCli(['--data-dir', dir, 'log', ada.id.slice(0, 6), '--type', 'message'])
      expect(logged).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Logged a message with Ada on /) })
      const goals = JSON.parse((await runCli(['--data-dir', dir, 'goals', 'list', '--json'])).stdout)
      expect(goals[0]).toMatchObject({ count: 1, target: 2 })
      const later = new Date(Date.now() + 30 * 86_400_000).toISOString()
      const due = JSON.parse((await runCli(['--data-dir', dir, 'due', '--now', later, '--json'])).stdout)
      expect(due.map((r: { name: string }) => r.name)).toEqual(['Ada'])
    } finally {
      await serve.stop()
    }
  })
})
