import { call, devToken, eventually, suggestionQueue } from './support/api';
import { expect, screenshot, signIn, test } from './support/fixtures';
import { DEMO_DJI_NUMBERS } from './support/platform';

/**
 * The platform's reason to exist, across four roles on the demo data: demo candidate DEMO0001
 * (PI Vught, returning to 's-Hertogenbosch, region Noordoost-Brabant) lacks only the Basislasser
 * certificate for Metaalwerken Tilburg's covenant vacancy "Basislasser". The workshop leader
 * registers it → the advisor of that region sees the new suggestion and accepts it → the employer
 * sees the anonymised referral and records the placement → the coordinator's funnel counts it.
 */
const VACANCY = 'Basislasser';
const CREBO = '25290';
const ADVISOR_REGIONS = ['AM27'];

interface Funnel {
  placed: number;
}

test('main path: certificate → suggestion → accepted referral → placement → funnel', async ({
  page,
  platform,
  request,
}) => {
  test.setTimeout(240_000);
  const candidateId = platform.seed.candidateIds[0];
  const pseudonym = candidateId.split('-')[0];
  const advisorToken = await devToken(request, {
    sub: 'e2e-advisor',
    role: 'uwv-advisor',
    regions: ADVISOR_REGIONS,
  });
  const adminToken = await devToken(request, { sub: 'e2e-admin', role: 'admin' });
  const basislasserFor = async () =>
    (await suggestionQueue(request, advisorToken)).find(
      (s) => s.candidateId === candidateId && s.target.title === VACANCY,
    );
  const placedBefore = (
    await call<Funnel>(request, adminToken, 'matching', 'GET', '/insights/funnel')
  ).placed;
  expect(
    await basislasserFor(),
    'before the certificate, the candidate has no Basislasser suggestion',
  ).toBeUndefined();

  await test.step('the workshop leader registers the Basislasser certificate', async () => {
    await signIn(page, 'workshop-leader', { pi: 'PI Vught' });
    await page.getByRole('link', { name: `Kandidaat ${pseudonym} openen` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Kandidaat ${pseudonym}` }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Praktijkverklaring registreren' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Praktijkverklaring registreren' }),
    ).toBeVisible();
    await page.getByLabel('Zoek op naam of crebo').fill(CREBO);
    await page
      .getByRole('button', { name: `Basislasser (crebo ${CREBO}, niveau 2) kiezen` })
      .click();
    await page.getByRole('button', { name: 'Praktijkverklaring registreren' }).click();
    await expect(
      page.getByText('De praktijkverklaring Basislasser is geregistreerd.'),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Praktijkverklaringen van deze kandidaat' }),
    ).toContainText('Basislasser');
    await screenshot(page, 'main-path-1-certificate-registered');
  });

  // Matching learns the certificate by event and recomputes the candidate's suggestions.
  const suggestion = await eventually(
    'the Basislasser suggestion in the advisor queue',
    basislasserFor,
  );

  await test.step("the advisor of the candidate's region accepts the new suggestion", async () => {
    await signIn(page, 'uwv-advisor', { regions: ['Noordoost-Brabant'] });
    const row = page.getByRole('row').filter({ hasText: VACANCY }).filter({ hasText: pseudonym });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: `Kandidaat ${pseudonym}` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Suggestie voor kandidaat ${pseudonym}` }),
    ).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/beoordelen/suggesties/${suggestion.id}`));
    await expect(page.getByRole('table', { name: 'De score factor voor factor' })).toBeVisible();
    await page.getByRole('button', { name: 'Accepteren', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, accepteren en doorverwijzen' }).click();
    await expect(page.getByRole('heading', { name: 'Suggestie geaccepteerd' })).toBeVisible();
    await screenshot(page, 'main-path-2-suggestion-accepted');
  });

  await test.step('the employer sees the anonymised referral and records the placement', async () => {
    await signIn(page, 'employer', { employer: 'Metaalwerken Tilburg' });
    await page.getByRole('link', { name: VACANCY, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: VACANCY })).toBeVisible();
    const referrals = page.getByRole('table', { name: 'Doorverwijzingen' });
    const referral = referrals
      .getByRole('row')
      .filter({ hasText: 'Doorverwezen' })
      .filter({ hasText: 'Basislasser (crebo 25290)' });
    await expect(referral).toHaveCount(1);
    await expect(referral).toContainText('Noordoost-Brabant');
    // Anonymised: neither the candidate's id (nor its pseudonym) nor a DJI number is on the page.
    const html = await page.content();
    for (const forbidden of [candidateId, pseudonym, ...DEMO_DJI_NUMBERS])
      expect(html.toLowerCase()).not.toContain(forbidden.toLowerCase());
    await referral.getByRole('button', { name: /^Plaatsing vastleggen voor kenmerk / }).click();
    await page.getByRole('button', { name: 'Ja, plaatsing vastleggen' }).click();
    await expect(
      page.getByText('De plaatsing is vastgelegd. Er zijn nog 2 openingen over.'),
    ).toBeVisible();
    await expect(referrals.getByRole('row').filter({ hasText: 'Geplaatst' })).toHaveCount(1);
    await screenshot(page, 'main-path-3-placement-recorded');
  });

  // The placement reaches matching by event; then the funnel counts it.
  await eventually('the placement in the funnel', async () => {
    const { placed } = await call<Funnel>(
      request,
      adminToken,
      'matching',
      'GET',
      '/insights/funnel',
    );
    return placed > placedBefore ? placed : undefined;
  });

  await test.step("the coordinator's funnel counts the placement", async () => {
    await signIn(page, 'admin');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Inzicht' })
      .click();
    const funnel = page.getByRole('table', { name: 'De cijfers van de grafiek als tabel' });
    const placedRow = funnel
      .getByRole('row')
      // exact: the stages 'Na 3 maanden nog geplaatst' and 'Na 6 …' contain the word too.
      .filter({ has: page.getByRole('rowheader', { name: 'Geplaatst', exact: true }) });
    await expect(placedRow).toHaveCount(1);
    const placed = Number(
      (await placedRow.getByRole('cell').first().innerText()).replace(/\D/g, ''),
    );
    expect(placed).toBeGreaterThanOrEqual(1);
    expect(placed).toBeGreaterThan(placedBefore);
    await screenshot(page, 'main-path-4-funnel');
  });
});
