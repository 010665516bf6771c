import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { platform, SCREENSHOT_DIR, type Platform } from './platform';

export { expect };

export type Role =
  | 'workshop-leader'
  | 'casemanager'
  | 'uwv-advisor'
  | 'employer'
  | 'education-provider'
  | 'admin';

/** Each role's area in the web application (apps/web/src/features/<feature>/index.tsx). */
export const BASE_PATH: Record<Role, string> = {
  'workshop-leader': '/werkplaats',
  casemanager: '/casemanagement',
  'uwv-advisor': '/beoordelen',
  employer: '/werkgever',
  'education-provider': '/school',
  admin: '/beheer',
};

/** The role names as the header shows them (common messages, nl). */
export const ROLE_NAME: Record<Role, string> = {
  'workshop-leader': 'Werkmeester In-Made',
  casemanager: 'Casemanager DJI',
  'uwv-advisor': 'Adviseur UWV',
  employer: 'Werkgever',
  'education-provider': 'School',
  admin: 'Regiocoördinator DJI',
};

/**
 * A role's scope as a person picks it on the sign-in screen: a PI by its name ("PI Vught"), an
 * employer or school by (part of) its name, regions by their names ("Noordoost-Brabant").
 */
export type Scope =
  | { pi: string }
  | { employer: string }
  | { school: string }
  | { regions: string[] }
  | undefined;

/** The demo data's parties used by the suites (apps/embedded/src/demo-seed.ts). */
export const DEMO_SCOPE = {
  'workshop-leader': { pi: 'PI Vught' },
  casemanager: { pi: 'PI Vught' },
  'uwv-advisor': { regions: ['Noordoost-Brabant', 'Midden-Brabant'] },
  employer: { employer: 'Metaalwerken Tilburg' },
  'education-provider': { school: 'ROC Maas en Dommel' },
  admin: undefined,
} satisfies Record<Role, Scope>;

export const ROLES = Object.keys(BASE_PATH) as Role[];

export const test = base.extend<{ platform: Platform }>({
  // The platform's port is only known once global-setup.ts has started it.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(platform().baseURL),
  // eslint-disable-next-line no-empty-pattern
  platform: async ({}, use) => use(platform()),
});

/** The main navigation of a signed-in person. */
export const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** Signs in through the real sign-in screen: "Rol", its scope, then "Inloggen". */
export async function signIn(
  page: Page,
  role: Role,
  scope: Scope = DEMO_SCOPE[role],
): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await page.getByLabel('Rol').selectOption(role);
  if (scope && 'pi' in scope) {
    await page.getByLabel('PI', { exact: true }).selectOption({ label: scope.pi });
  } else if (scope && ('employer' in scope || 'school' in scope)) {
    const [label, name] =
      'employer' in scope ? ['Werkgever', scope.employer] : ['School', scope.school];
    const select = page.getByLabel(label, { exact: true });
    const option = select.locator('option', { hasText: name });
    await expect(option, `the sign-in screen lists "${name}"`).toHaveCount(1);
    await select.selectOption((await option.getAttribute('value')) ?? '');
  } else if (scope && 'regions' in scope) {
    for (const region of scope.regions)
      await page.getByRole('checkbox', { name: region, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(mainMenu(page)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH[role]}(/|$)`));
}

/** Waits until no list or screen is still loading. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
}

/** axe-core at WCAG 2.1 A and AA: zero violations, and a readable list of them when there are any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await settled(page);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`,
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

/** A full-page PNG in dist/screenshots/<name>.png, for people to look at after the run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Opens a screen, checks it with axe and takes its screenshot. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, name);
}

/** The page has no horizontal scroll (WCAG 1.4.10 reflow at 320 px). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  await settled(page);
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const element = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth };
  });
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}
