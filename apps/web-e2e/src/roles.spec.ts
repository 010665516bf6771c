import type { Page } from '@playwright/test';
import {
  BASE_PATH,
  checkScreen,
  expect,
  expectNoHorizontalScroll,
  mainMenu,
  screenshot,
  signIn,
  test,
  type Role,
} from './support/fixtures';

/**
 * Every role's screens on the demo data: each menu screen, the first detail screen its table
 * links to, and the forms the screens lead to (register, edit, leave, revoke). Each gets axe (WCAG 2.1 A/AA, zero violations)
 * and a screenshot in dist/screenshots/<role>-<screen>.png; at 320 px the page never scrolls sideways.
 */
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** "werkgevers" for /beheer/werkgevers; "start" for the area's own address; "algoritme" for the page every role shares. */
function screenName(role: Role, href: string): string {
  if (!href.startsWith(BASE_PATH[role])) return href.replace(/^\//, '').replace(/\//g, '-');
  const rest = href.slice(BASE_PATH[role].length).replace(/^\//, '');
  return rest ? rest.replace(/\//g, '-') : 'start';
}

async function menuHrefs(page: Page): Promise<string[]> {
  return mainMenu(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function openMenu(page: Page, href: string) {
  await mainMenu(page).locator(`a[href="${href}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(h1(page)).toBeVisible();
}

/** Opens the first link in the screen's first table (a candidate, vacancy, suggestion, school place). */
async function openFirstDetail(page: Page) {
  const link = page.getByRole('table').first().getByRole('link').first();
  await link.click();
  await expect(h1(page)).toBeVisible();
}

/** Follows the first link on the screen whose address ends with `suffix` (an edit, leave or revoke link). */
function follow(suffix: string) {
  return async (page: Page) => {
    await page.locator(`main a[href$="${suffix}"]`).first().click();
    await expect(h1(page)).toBeVisible();
  };
}

/** Opens another menu screen of the role, then does `then` there. */
function fromMenu(href: string, then: (page: Page) => Promise<void>) {
  return async (page: Page) => {
    await openMenu(page, href);
    await then(page);
  };
}

/** The details and forms reached from a role's first menu screen (or the menu screen named). */
const FOLLOW_UPS: Record<Role, { open: (page: Page) => Promise<void>; name: string }[]> = {
  'workshop-leader': [
    { open: openFirstDetail, name: 'candidate' },
    {
      open: async (page) => {
        await openFirstDetail(page);
        await page.getByRole('link', { name: 'Praktijkverklaring registreren' }).click();
      },
      name: 'register-certificate',
    },
    {
      open: async (page) => {
        await openFirstDetail(page);
        await follow('/intrekken')(page);
      },
      name: 'revoke-certificate',
    },
  ],
  casemanager: [
    { open: openFirstDetail, name: 'candidate' },
    {
      open: async (page) => {
        await openFirstDetail(page);
        await follow('/wijzigen')(page);
      },
      name: 'edit-candidate',
    },
    {
      open: async (page) => {
        await openFirstDetail(page);
        await follow('/vertrek')(page);
      },
      name: 'leave',
    },
  ],
  'uwv-advisor': [{ open: openFirstDetail, name: 'review' }],
  employer: [
    { open: openFirstDetail, name: 'vacancy' },
    {
      open: (page) => page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).first().click(),
      name: 'new-vacancy',
    },
    {
      open: async (page) => {
        await openFirstDetail(page);
        await follow('/wijzigen')(page);
      },
      name: 'edit-vacancy',
    },
  ],
  'education-provider': [
    { open: openFirstDetail, name: 'school-place' },
    { open: follow('/schoolplekken/nieuw'), name: 'new-school-place' },
    {
      open: async (page) => {
        await openFirstDetail(page);
        await follow('/wijzigen')(page);
      },
      name: 'edit-school-place',
    },
  ],
  admin: [
    { open: openFirstDetail, name: 'employer' },
    { open: follow('/werkgevers/nieuw'), name: 'new-employer' },
    { open: fromMenu('/beheer/scholen', openFirstDetail), name: 'provider' },
    { open: fromMenu('/beheer/scholen', follow('/scholen/nieuw')), name: 'new-provider' },
    { open: fromMenu('/beheer/convenanten', openFirstDetail), name: 'covenant' },
    { open: fromMenu('/beheer/convenanten', follow('/convenanten/nieuw')), name: 'new-covenant' },
  ],
};

const ROLES = Object.keys(FOLLOW_UPS) as Role[];

for (const role of ROLES) {
  test.describe(`${role}: main screens`, () => {
    test('each menu screen and its follow-ups: axe zero violations, screenshot', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await signIn(page, role);
      for (const href of await menuHrefs(page)) {
        await openMenu(page, href);
        await checkScreen(page, `${role}-${screenName(role, href)}`);
      }
      for (const followUp of FOLLOW_UPS[role]) {
        await openMenu(page, (await menuHrefs(page))[0]);
        await followUp.open(page);
        await expect(h1(page)).toBeVisible();
        await checkScreen(page, `${role}-${followUp.name}`);
      }
    });

    test('at 320 px wide no screen scrolls sideways', async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 320, height: 720 });
      await signIn(page, role);
      for (const href of await menuHrefs(page)) {
        await openMenu(page, href);
        await expectNoHorizontalScroll(page);
      }
      for (const followUp of FOLLOW_UPS[role]) {
        await openMenu(page, (await menuHrefs(page))[0]);
        await followUp.open(page);
        await expect(h1(page)).toBeVisible();
        await expectNoHorizontalScroll(page);
      }
      await screenshot(page, `${role}-320px`);
    });
  });
}
