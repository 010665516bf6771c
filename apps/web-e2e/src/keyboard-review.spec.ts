import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';

/**
 * The advisor's review by keyboard only: Tab to a suggestion in the queue, Enter, read the
 * explanation, step with the shortcuts j/k, reject with a reason (r, then the form by keyboard),
 * go on to the next suggestion, switch the shortcuts off and on, and accept it (a, Enter).
 * Region Midden-Brabant: demo candidate DEMO0002 has two suggestions there.
 */
async function tabTo(page: Page, target: Locator, maxTabs = 80): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${maxTabs} presses`);
}

test('keyboard only: from the queue to a decision and on to the next suggestion', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'uwv-advisor', { regions: ['Midden-Brabant'] });
  const queue = page.getByRole('table', { name: /^Suggesties met status voorgesteld/ });
  await expect(queue.getByRole('row')).toHaveCount(3); // a header row and two suggestions

  const first = queue.getByRole('link').first();
  const pseudonym = (await first.innerText()).replace('Kandidaat ', '');
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: `Suggestie voor kandidaat ${pseudonym}` }),
  ).toBeVisible();
  await expect(page.getByText('Suggestie 1 van 2')).toBeVisible();

  // The explanation, factor by factor, in words (not colour alone).
  const explanation = page.getByRole('table', { name: 'De score factor voor factor' });
  await expect(explanation.getByRole('rowheader', { name: 'Kwalificaties' })).toBeVisible();
  await expect(explanation).toContainText(/Voldaan|Deels voldaan|Niet voldaan/);

  // j and k step through the queue without going back to it.
  const firstUrl = page.url();
  await page.keyboard.press('j');
  await expect(page.getByText('Suggestie 2 van 2')).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByText('Suggestie 1 van 2')).toBeVisible();
  expect(page.url()).toBe(firstUrl);

  // r opens the rejection form with the focus on the reason.
  await page.keyboard.press('r');
  const reason = page.getByLabel('Reden', { exact: true });
  await expect(reason).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(reason).toHaveValue('not-suitable');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/^Toelichting/)).toBeFocused();
  await page.keyboard.type('Uren passen niet bij de begeleiding.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Afwijzing opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Suggestie afgewezen' })).toBeVisible();

  // On to the next suggestion from the result.
  await tabTo(page, page.getByRole('link', { name: 'Naar de volgende suggestie' }));
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(firstUrl);
  await expect(page.getByRole('button', { name: 'Accepteren', exact: true })).toBeVisible();

  // The shortcuts can be switched off (WCAG 2.1.4): then a does nothing. (They never act while the
  // focus is in a form control, so the focus leaves the checkbox before each key.)
  const toggle = page.getByRole('checkbox', { name: 'Sneltoetsen aan' });
  const leaveControl = async () => {
    await page.keyboard.press('Shift+Tab');
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('input, select, textarea') === null,
      ),
    ).toBe(true);
  };
  await tabTo(page, toggle);
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(page.getByText('Sneltoetsen staan uit.')).toBeVisible();
  await leaveControl();
  await page.keyboard.press('a');
  await expect(page.getByRole('button', { name: 'Ja, accepteren en doorverwijzen' })).toHaveCount(
    0,
  );
  await tabTo(page, toggle);
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await leaveControl();

  // a asks for confirmation with the focus on it; Enter accepts.
  await page.keyboard.press('a');
  const confirm = page.getByRole('button', { name: 'Ja, accepteren en doorverwijzen' });
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Suggestie geaccepteerd' })).toBeVisible();
});
