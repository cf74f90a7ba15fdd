import { generateNKeysBetween } from 'fractional-indexing'
import type { ContactFields } from '../shared/domain/contactFields'
import { interactionTypes, type ContactSource, type InteractionType } from '../shared/domain/types'
import {
  communityNames,
  companies,
  executiveTitles,
  firstNames,
  interactionSummaries,
  lastNames,
  locations,
  meetingPlaces,
  roles,
  seniorities,
  tagWords,
} from './fakeWordLists'
import type { SeededRandom } from './seededRandom'

/** A contact to create: its fields, the index of its default stage and its rank in that stage. */
export type FakeContact = {
  id: string
  fields: Partial<ContactFields>
  sources: ContactSource[]
  stageIndex: number
  rank: string
  createdAt: number
}

/** An interaction to log. */
export type FakeInteraction = {
  id: string
  contactId: string
  type: InteractionType
  occurredAt: number
  summary: string
  createdAt: number
}

const day = 24 * 60 * 60 * 1000

/** How the cards spread over the five default stages: most people stay "Connected". */
export const stageShares = [0.7, 0.14, 0.08, 0.05, 0.03] as const
/** How much more often we talk to someone further along. */
const stageInteractionWeights = [1, 4, 8, 12, 16] as const

const pickStage = (rng: SeededRandom): number => {
  let x = rng.next()
  for (let i = 0; i < stageShares.length; i++) {
    x -= stageShares[i]
    if (x < 0) return i
  }
  return stageShares.length - 1
}

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** A connection date between 2008 and `anchor`, most of them recent (networks grow). */
const connectedOn = (rng: SeededRandom, anchor: number): string => {
  const span = anchor - Date.UTC(2008, 0, 1)
  return isoDate(anchor - Math.floor(span * rng.next() ** 2))
}

const position = (rng: SeededRandom): string =>
  rng.chance(0.1) ? rng.pick(executiveTitles) : `${rng.pick(seniorities)}${rng.pick(roles)}`

/**
 * Fake LinkedIn connections: names, companies, positions, a LinkedIn URL for everyone, an
 * email for the few who share it, a few tags, and a spread over the stages with ranks.
 */
export const fakeContacts = (rng: SeededRandom, options: { count: number; anchor: number }): FakeContact[] => {
  const contacts: FakeContact[] = []
  for (let i = 0; i < options.count; i++) {
    const firstName = rng.pick(firstNames)
    const lastName = rng.pick(lastNames)
    const [company, domain] = rng.pick(companies)
    const fields: Partial<ContactFields> = {
      firstName,
      lastName,
      position: position(rng),
      company,
      linkedinUrl: `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}-${rng.hex(8)}`,
      connectedOn: connectedOn(rng, options.anchor),
    }
    if (rng.chance(0.18)) {
      const personal = rng.chance(0.5)
      fields.emails = [
        `${slug(firstName)}.${slug(lastName)}${personal ? rng.int(1, 99) : ''}@${personal ? 'gmail.com' : domain}`,
      ]
    }
    if (rng.chance(0.02)) fields.phones = [`+44 7${rng.int(100, 999)} ${rng.int(100000, 999999)}`]
    if (rng.chance(0.6)) fields.location = rng.pick(locations)
    if (rng.chance(0.35)) fields.tags = rng.sample(tagWords, rng.int(1, 3))
    if (rng.chance(0.05)) fields.communities = rng.sample(communityNames, rng.int(1, 2))
    if (rng.chance(0.08)) fields.howWeMet = `Met through ${rng.pick(meetingPlaces)}`
    if (rng.chance(0.03)) fields.offer = 'Could introduce them to people hiring in their field'
    if (rng.chance(0.04))
      fields.notes = `Talked about ${rng.pick(tagWords)} and ${rng.pick(tagWords)}. Follow up after the summer.`
    if (rng.chance(0.08)) fields.cadenceDays = rng.pick([14, 30, 60, 90, 180])
    const sources: ContactSource[] = rng.chance(0.1) ? ['linkedin', 'google'] : ['linkedin']
    contacts.push({
      id: rng.uuid(),
      fields,
      sources,
      stageIndex: pickStage(rng),
      rank: '',
      createdAt: options.anchor - 400 * day,
    })
  }
  assignRanks(rng, contacts)
  return contacts
}

/** Gives each stage's cards evenly spread fractional ranks, in a shuffled order. */
const assignRanks = (rng: SeededRandom, contacts: FakeContact[]): void => {
  for (let stage = 0; stage < stageShares.length; stage++) {
    const inStage = contacts.filter((c) => c.stageIndex === stage)
    const ranks = generateNKeysBetween(null, null, inStage.length)
    for (let i = inStage.length - 1; i > 0; i--) {
      const j = rng.int(0, i)
      ;[inStage[i], inStage[j]] = [inStage[j], inStage[i]]
    }
    inStage.forEach((c, i) => (c.rank = ranks[i]))
  }
}

const typeWeights: Record<InteractionType, number> = {
  message: 35,
  email: 20,
  call: 10,
  meeting: 12,
  intro: 5,
  value: 8,
  note: 10,
}

const pickType = (rng: SeededRandom): InteractionType => {
  let x = rng.next() * 100
  for (const type of interactionTypes) {
    x -= typeWeights[type]
    if (x < 0) return type
  }
  return 'message'
}

/**
 * Fake interactions over the last three years before `anchor`, oldest first. Contacts
 * further along the stages get many more; a long tail of contacts gets none.
 */
export const fakeInteractions = (
  rng: SeededRandom,
  contacts: FakeContact[],
  options: { count: number; anchor: number },
): FakeInteraction[] => {
  const cumulative: number[] = []
  let total = 0
  for (const c of contacts) {
    // Heavy-tailed: a few people get most of the attention.
    total += stageInteractionWeights[c.stageIndex] * (rng.chance(0.5) ? 0 : rng.next() ** 3 * 10)
    cumulative.push(total)
  }
  const pickContact = (): FakeContact => {
    const x = rng.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] > x) hi = mid
      else lo = mid + 1
    }
    return contacts[lo]
  }
  const span = 3 * 365 * day
  const interactions: FakeInteraction[] = []
  for (let i = 0; i < options.count; i++) {
    const contact = pickContact()
    const type = pickType(rng)
    const occurredAt = options.anchor - Math.floor(rng.next() * span)
    interactions.push({
      id: rng.uuid(),
      contactId: contact.id,
      type,
      occurredAt,
      summary: rng.chance(0.25) ? '' : rng.pick(interactionSummaries[type]),
      createdAt: occurredAt + rng.int(0, 2 * day),
    })
  }
  return interactions.sort((a, b) => a.occurredAt - b.occurredAt)
}
