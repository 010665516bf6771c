import type { Page } from '@playwright/test';
import { call, devToken, suggestionQueue } from './support/api';
import { expect, mainMenu, settled, signIn, test, type Role, type Scope } from './support/fixtures';
import { DEMO_DJI_NUMBERS, platform } from './support/platform';

/**
 * Employers and schools see referrals anonymised: no candidate id (nor the short pseudonym other
 * roles see) and no DJI number anywhere in the pages' HTML or in the API answers those pages
 * receive. The suite first has an advisor accept a suggestion for Staalbouw Rijnmond's vacancies
 * and one for ROC Nieuwe Maas's school places (demo candidates returning to Rijnmond), so there are
 * referrals to show.
 */
const EMPLOYER = 'Staalbouw Rijnmond';
const SCHOOL = { name: 'ROC Nieuwe Maas', brin: '99NM' };

function forbiddenStrings(): string[] {
  const ids = platform().seed.candidateIds;
  return [...ids, ...ids.map((id) => id.split('-')[0]), ...DEMO_DJI_NUMBERS].map((value) =>
    value.toLowerCase(),
  );
}

/** Visits every menu screen and every screen its tables link to; returns their HTML and the API answers they got. */
async function visitArea(page: Page): Promise<{ pages: Map<string, string>; answers: string[] }> {
  const answers: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/api/')) return;
    answers.push(`${response.url()}\n${await response.text().catch(() => '')}`);
  });
  const pages = new Map<string, string>();
  const record = async () => {
    await settled(page);
    pages.set(page.url(), await page.content());
  };
  const menuLinks = await mainMenu(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of menuLinks) {
    await mainMenu(page).locator(`a[href="${href}"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await record();
    const detailLinks = await page
      .locator('table a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const detail of [...new Set(detailLinks)]) {
      await mainMenu(page).locator(`a[href="${href}"]`).click();
      await page.locator(`table a[href="${detail}"]`).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await record();
    }
  }
  return { pages, answers };
}

async function expectNothingForbidden(page: Page, role: Role, scope: Scope) {
  await signIn(page, role, scope);
  const { pages, answers } = await visitArea(page);
  const referralPages = [...pages.values()].filter((html) => html.includes('Doorverwezen'));
  expect(referralPages.length, 'at least one screen shows a referral').toBeGreaterThan(0);
  for (const [url, html] of pages) {
    for (const forbidden of forbiddenStrings())
      expect(html.toLowerCase(), `${url} shows ${forbidden}`).not.toContain(forbidden);
  }
  for (const answer of answers) {
    for (const forbidden of forbiddenStrings())
      expect(answer.toLowerCase(), `an API answer holds ${forbidden}`).not.toContain(forbidden);
  }
}

test.describe('forbidden data on employer and school screens', () => {
  test.beforeAll(async ({ request }) => {
    const admin = await devToken(request, { sub: 'e2e-admin', role: 'admin' });
    const employers = await call<{ items: { id: string; name: string }[] }>(
      request,
      admin,
      'employers',
      'GET',
      `/employers?q=${encodeURIComponent(EMPLOYER)}`,
    );
    const employerId = employers.items.find((e) => e.name.startsWith(EMPLOYER))?.id;
    expect(employerId, `${EMPLOYER} is in the demo data`).toBeDefined();
    const advisor = await devToken(request, {
      sub: 'e2e-advisor-rijnmond',
      role: 'uwv-advisor',
      regions: ['AM22', 'AM23', 'AM13'],
    });
    const queue = await suggestionQueue(request, advisor);
    for (const wanted of [
      (s: (typeof queue)[number]) => s.type === 'vacancy' && s.target.employerId === employerId,
      (s: (typeof queue)[number]) => s.type === 'school-place' && s.target.brin === SCHOOL.brin,
    ]) {
      const suggestion = queue.find(wanted);
      expect(suggestion, 'the demo data holds a suggestion to accept').toBeDefined();
      await call(request, advisor, 'matching', 'POST', `/suggestions/${suggestion?.id}/review`, {
        decision: 'accept',
      });
    }
  });

  test(`the employer's screens (${EMPLOYER}) show no candidate id or DJI number`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await expectNothingForbidden(page, 'employer', { employer: EMPLOYER });
  });

  test(`the school's screens (${SCHOOL.name}) show no candidate id or DJI number`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await expectNothingForbidden(page, 'education-provider', { school: SCHOOL.name });
  });
});
