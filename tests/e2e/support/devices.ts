import type { Locator, Page } from '@playwright/test'

/** What a `rapport serve` for a pairing test listens with: loopback only, no discovery, any free port. */
export const loopbackSync = ['--sync-host', '127.0.0.1', '--no-discovery', '--sync-port', '0']

/** A device's card in the Devices section, by the device's name. */
export const deviceCard = (page: Page, name: string): Locator =>
  page.getByRole('region', { name: 'Devices of this vault' }).getByRole('article', { name, exact: true })

/** The state badge of a device's card ("Syncing", "Connected", "Offline"). */
export const deviceState = (page: Page, name: string): Locator => deviceCard(page, name).locator('[data-state]')

/** Opens "Add a device" from the Devices section and reads the code it shows, as its groups joined by spaces. */
export const readPairingCode = async (page: Page): Promise<{ dialog: Locator; code: string }> => {
  await page.getByRole('button', { name: 'Add a device', exact: true }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Add a device' })
  const shown = dialog.getByTestId('pairing-code')
  await shown.waitFor()
  const label = (await shown.getAttribute('aria-label')) ?? ''
  return { dialog, code: label.replace(/^Pairing code /, '') }
}

/** Opens "Join another device’s vault", types the code and joins; answers the dialog. */
export const joinWithCode = async (page: Page, code: string): Promise<Locator> => {
  await page.getByRole('button', { name: 'Join another device’s vault', exact: true }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Join another device’s vault' })
  await dialog.getByRole('textbox', { name: 'Pairing code' }).fill(code)
  await dialog.getByRole('button', { name: 'Join', exact: true }).click()
  return dialog
}

/** Opens "Connect by address" from the Devices section, types the address and connects; answers the dialog. */
export const connectByAddress = async (page: Page, address: string): Promise<Locator> => {
  await page.getByRole('button', { name: 'Connect by address', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Connect by address' })
  await dialog.getByRole('textbox', { name: 'Address' }).fill(address)
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
  return dialog
}
