import {
  BASE_PATH,
  checkScreen,
  expect,
  expectNoHorizontalScroll,
  mainMenu,
  ROLE_NAME,
  ROLES,
  settled,
  signIn,
  test,
} from './support/fixtures';

/** The page every signed-in role may read (the web app's ALGORITHM_PATH). */
const SHARED_PAGE = '/algoritme';

test.describe('sign-in', () => {
  test('the sign-in screen has no axe violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await checkScreen(page, 'sign-in');
    // The employer's and the school's scope fields and the regions appear with their role.
    await page.getByLabel('Rol').selectOption('employer');
    await expect(
      page
        .getByLabel('Werkgever', { exact: true })
        .locator('option', { hasText: 'Metaalwerken Tilburg' }),
    ).toHaveCount(1);
    await checkScreen(page, 'sign-in-employer');
    await page.getByLabel('Rol').selectOption('uwv-advisor');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByText('Kies minstens één regio.')).toBeVisible();
    await checkScreen(page, 'sign-in-errors');
  });

  for (const role of ROLES) {
    test(`${role} signs in and sees only its own menu`, async ({ page }) => {
      await signIn(page, role);
      await expect(page.getByRole('banner')).toContainText(ROLE_NAME[role]);
      const links = mainMenu(page).getByRole('link');
      expect(await links.count()).toBeGreaterThan(0);
      const own = BASE_PATH[role];
      const hrefs = await links.evaluateAll((elements) =>
        elements.map((a) => a.getAttribute('href') ?? ''),
      );
      // Beside its own screens, every role's menu has the page all roles may read: how matching works.
      expect(hrefs).toContain(SHARED_PAGE);
      for (const href of hrefs.filter((href) => href !== SHARED_PAGE)) {
        expect(href === own || href.startsWith(`${own}/`), `menu link ${href} lies in ${own}`).toBe(
          true,
        );
      }
      // No way into another role's area: no link to it anywhere on the page, and its address leads home.
      const others = Object.values(BASE_PATH).filter((path) => path !== own);
      for (const path of others)
        await expect(page.locator(`a[href="${path}"], a[href^="${path}/"]`)).toHaveCount(0);
      for (const path of others) {
        // In-app navigation (a reload would forget the session): another area's address leads home.
        await page.evaluate((to) => {
          history.pushState({}, '', to);
          dispatchEvent(new PopStateEvent('popstate'));
        }, path);
        await expect(page).toHaveURL(new RegExp(`${own}(/[^/]*)?$`));
      }
    });
  }

  test('signing out forgets the session; going back shows no data', async ({ page }) => {
    await signIn(page, 'admin');
    // A second screen of the area, so there is a signed-in page to go back to.
    const links = mainMenu(page).getByRole('link');
    await links.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`${await links.nth(1).getAttribute('href')}$`));
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expect(page.getByText('U bent uitgelogd.')).toBeVisible();
    await expect(mainMenu(page)).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expect(mainMenu(page)).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByText('(demo)')).toHaveCount(0);
  });

  test('a 401 from a service brings the sign-in screen back', async ({ page }) => {
    await signIn(page, 'admin');
    // The first screen has its data; only what is asked after this gets the 401.
    await expect(page.getByRole('table').first()).toBeVisible();
    await settled(page);
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'the token has expired',
        }),
      }),
    );
    // The next screen asks a service for its data and gets a 401.
    await mainMenu(page).getByRole('link').nth(1).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Uw sessie is verlopen' })).toBeVisible();
    await expect(mainMenu(page)).toHaveCount(0);
  });

  test('the token is kept in memory only: not in localStorage, sessionStorage or cookies', async ({
    page,
  }) => {
    const tokenResponse = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/matching/auth/dev-token') && response.status() === 201,
    );
    await signIn(page, 'uwv-advisor');
    const { token } = (await (await tokenResponse).json()) as { token: string };
    expect(token).toMatch(/^eyJ/);
    const stored = await page.evaluate(() => {
      const dump = (storage: Storage) =>
        Object.fromEntries(
          Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((key) => [
            key,
            storage.getItem(key),
          ]),
        );
      return JSON.stringify({
        local: dump(localStorage),
        session: dump(sessionStorage),
        cookie: document.cookie,
      });
    });
    expect(stored).not.toContain(token);
    expect(stored).not.toContain('eyJ');
    expect((await page.context().cookies()).map((cookie) => cookie.value).join(' ')).not.toContain(
      'eyJ',
    );
    // A reload starts from nothing: the token was in this page's memory only.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  });
});

test.describe('sign-in at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('the sign-in screen has no horizontal scroll', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByLabel('Rol').selectOption('uwv-advisor');
    await expectNoHorizontalScroll(page);
  });
});
