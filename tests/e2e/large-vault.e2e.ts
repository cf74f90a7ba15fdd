import { importRows, makeImportedPeople } from '../helpers/importFactories'
import { card, cardList, column } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

test('a large vault shows its top cards first, then every contact once the rest has loaded', async ({
  page,
  rapport,
}) => {
  test.slow()
  await importRows(await rapport.api(), makeImportedPeople(3_000))

  await openApp(page, rapport)

  await expect(cardList(page, 'Connected').getByRole('button', { name: 'First0 Last0' })).toBeVisible()
  await expect(page.getByTestId('board-summary')).toHaveText('3,000 contacts in 5 stages')
  await expect(column(page, 'Connected').getByTestId('stage-count')).toHaveText('3,000 contacts')
  await expect(page.getByTestId('workspace-loading')).toHaveCount(0)

  await page.getByRole('textbox', { name: 'Search contacts' }).fill('First2999')
  await expect(card(page, 'First2999 Last2999')).toBeVisible()
})
