import fs from 'node:fs/promises'
import path from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { addContacts } from './support/arrange'
import { goToSection } from './support/app'
import { cardList } from './support/board'
import {
  connectByAddress,
  deviceCard,
  deviceState,
  joinWithCode,
  loopbackSync,
  readPairingCode,
} from './support/devices'
import { expect, makeTempRoot, openApp, test } from './support/rapportFixture'
import { startRapportServer, type RapportServer } from './support/rapportServer'

// Two real `rapport serve --ui` processes, each with its own data folder, syncing on 127.0.0.1 without discovery:
// "Desk" holds a vault, "Laptop" starts empty and joins it through its Devices page.

const createContact = async (page: Page, firstName: string, lastName: string): Promise<void> => {
  await page.getByRole('button', { name: 'New contact' }).click()
  const form = page.getByRole('dialog', { name: 'New contact' })
  await form.getByRole('textbox', { name: 'First name' }).fill(firstName)
  await form.getByRole('textbox', { name: 'Last name' }).fill(lastName)
  await form.getByRole('button', { name: 'Create' }).click()
  const drawer = page.getByRole('dialog', { name: `${firstName} ${lastName}` })
  await drawer.waitFor()
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })
}

test.describe('two vaults paired through their Devices pages', () => {
  let root: string
  const servers: RapportServer[] = []
  const contexts: BrowserContext[] = []
  const start = async (name: string): Promise<RapportServer> => {
    const server = await startRapportServer(path.join(root, name), loopbackSync)
    servers.push(server)
    await (await server.api()).call('sync.setSettings', { deviceName: name })
    return server
  }

  test.beforeEach(async () => {
    root = await makeTempRoot()
  })

  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()))
    await Promise.all(servers.splice(0).map((s) => s.stop()))
    await fs.rm(root, { recursive: true, force: true })
  })

  test('the joining page gets the vault, each page’s edits reach the other, and the list follows the peer', async ({
    browser,
  }) => {
    const desk = await start('Desk')
    const laptop = await start('Laptop')
    await addContacts(await desk.api(), [{ firstName: 'Ada', lastName: 'Lovelace', stage: 'Connected' }])
    const errors: string[] = []
    const pageOf = async (server: RapportServer): Promise<Page> => {
      const context = await browser.newContext()
      contexts.push(context)
      const page = await context.newPage()
      page.on('pageerror', (error) => errors.push(error.message))
      await openApp(page, server)
      await goToSection(page, 'Devices')
      return page
    }
    const deskPage = await pageOf(desk)
    const laptopPage = await pageOf(laptop)

    // Each page shows only itself before pairing.
    await expect(deviceCard(deskPage, 'Desk')).toContainText('This device')
    await expect(deviceCard(laptopPage, 'Laptop')).toContainText('This device')

    const { dialog: added, code } = await readPairingCode(deskPage)
    await expect(added.getByRole('img', { name: 'The pairing code as a QR code' })).toBeVisible()
    // Counted from the code's arrival: never more than its 10 minutes.
    await expect(added.getByRole('timer')).toHaveText(/^Expires in (10:00|\d:\d\d)$/)
    const joining = await joinWithCode(laptopPage, code)
    await expect(joining.getByRole('status').filter({ hasText: 'Joined Desk’s vault' })).toBeVisible({
      timeout: 30_000,
    })
    await expect(added.getByRole('status').filter({ hasText: 'Laptop joined this vault' })).toBeVisible()

    // The joining page lists both devices, and shows the other vault's board without a reload.
    await joining.getByRole('button', { name: 'Done' }).click()
    await expect(laptopPage.getByRole('region', { name: 'Only this device holds your vault' })).toBeHidden()
    await expect(deviceCard(laptopPage, 'Laptop')).toContainText('This device')
    await expect(deviceState(laptopPage, 'Desk')).toHaveText(/Syncing|Connected/)
    await added.getByRole('button', { name: 'Done' }).click()
    await expect(deviceState(deskPage, 'Laptop')).toHaveText(/Syncing|Connected/)
    await expect(deviceState(deskPage, 'Laptop')).toHaveText('Connected', { timeout: 15_000 })

    await goToSection(laptopPage, 'Board')
    await expect(cardList(laptopPage, 'Connected').getByRole('button', { name: 'Ada Lovelace' })).toBeVisible()

    // An edit in either page reaches the other.
    await goToSection(deskPage, 'Board')
    await createContact(deskPage, 'Grace', 'Hopper')
    await expect(cardList(laptopPage, 'Connected').getByRole('button', { name: 'Grace Hopper' })).toBeVisible({
      timeout: 15_000,
    })
    await createContact(laptopPage, 'Charles', 'Babbage')
    await expect(cardList(deskPage, 'Connected').getByRole('button', { name: 'Charles Babbage' })).toBeVisible({
      timeout: 15_000,
    })

    // A device that holds the vault now is refused another join, in the core's words.
    await goToSection(laptopPage, 'Devices')
    const again = await joinWithCode(laptopPage, code)
    await expect(again).toContainText('This device holds 3 contacts')
    await expect(again.getByRole('alert', { name: 'Could not join' })).toContainText('vault is not empty')
    await again.getByRole('button', { name: 'Cancel' }).click()

    // The desk reaches the laptop where it listens, and remembers the address.
    await goToSection(deskPage, 'Devices')
    const laptopAddress = laptop.syncAddress ?? ''
    const connecting = await connectByAddress(deskPage, laptopAddress)
    await expect(connecting.getByRole('status').filter({ hasText: 'Connected to Laptop' })).toBeVisible()
    await connecting.getByRole('button', { name: 'Done' }).click()
    await expect(deviceCard(deskPage, 'Laptop')).toContainText(laptopAddress)

    // Once the laptop's process stops, the desk shows it offline, and connecting to it says why it failed.
    await expect(deviceState(deskPage, 'Laptop')).toHaveText(/Syncing|Connected/)
    await laptopPage.close()
    await laptop.stop()
    await expect(deviceState(deskPage, 'Laptop')).toHaveText('Offline', { timeout: 30_000 })
    const failing = await connectByAddress(deskPage, laptopAddress)
    await expect(failing.getByRole('alert', { name: 'Could not connect' })).toContainText(
      `No Rapport device answered at ${laptopAddress}.`,
    )
    expect(errors).toEqual([])
  })
})
