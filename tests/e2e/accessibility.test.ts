// axe-core on every page a role reaches, in bokmål, nynorsk and English, on a 360 px phone and on
// a desktop. Any violation fails, whatever its impact, and no page may scroll sideways.
import type { Page } from 'playwright-core';
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

const app = useApp();

interface PageVisit {
  name: string;
  /** Opens the page from wherever the previous visit left the browser. */
  open(page: Page): Promise<void>;
}

const home: PageVisit = {
  name: 'home',
  open: async (page) => {
    await page.goto(`${app.baseUrl}/`);
  },
};

/** Opens the plan page of a person through the link on the home view, as the user would. */
const planOf = (linkName: RegExp): PageVisit => ({
  name: 'plan',
  open: async (page) => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('link', { name: linkName }).first().click();
    await page.waitForURL(/\/plan\//);
  },
});

/**
 * The editor's parts with their forms open and a failed submit's messages showing: recording an
 * evaluation (with the error summary), adding a sub-plan and a transition, and the checklists
 * of the other life phases.
 */
const planPartsOpen: PageVisit = {
  name: 'plan-parts',
  open: async (page) => {
    await planOf(/Sofie Berg/).open(page);
    await page.getByTestId('plan-editor').waitFor();
    await settled(page);
    const evaluations = page.getByRole('region', { name: 'Evaluering av planen', exact: true });
    await evaluations.getByTestId('evaluation-card').filter({ has: page.getByText('Avtalt', { exact: true }) }).getByText('Registrer evalueringen som holdt', { exact: true }).click();
    const record = page.getByRole('form', { name: 'Registrer evalueringen som holdt' });
    await record.getByRole('button', { name: 'Registrer evalueringen' }).click();
    await record.getByRole('link', { name: 'Feltet må fylles ut.' }).waitFor();
    await evaluations.getByText('Avtal en evaluering', { exact: true }).click();
    await page.getByRole('region', { name: 'Delplaner', exact: true }).getByText('Legg til delplan', { exact: true }).click();
    const addSubPlan = page.getByRole('form', { name: 'Legg til delplan' });
    await addSubPlan.getByRole('button', { name: 'Legg til delplanen' }).click();
    await addSubPlan.getByText('Feltet må fylles ut.').waitFor();
    await page.getByRole('region', { name: 'Sjekkliste for livsfasen', exact: true }).getByText('Sjekklistene for de andre livsfasene', { exact: true }).click();
    await page.getByRole('region', { name: 'Overganger', exact: true }).getByText('Legg til overgang', { exact: true }).click();
    await page.getByRole('form', { name: 'Legg til overgang' }).getByRole('button', { name: 'Legg til overgangen' }).click();
    await page.getByRole('form', { name: 'Legg til overgang' }).getByText('Fyll inn en dato.').waitFor();
  },
};

/** Each role's demo user, the heading of their home view and a piece of its seeded data. */
const notFound: PageVisit = {
  name: 'no-access',
  open: async (page) => {
    // A well-formed id of nobody the viewer may see.
    await page.goto(`${app.baseUrl}/plan/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
  },
};

/** The guardian's second child, chosen in the person switch. */
const secondChild: PageVisit = {
  name: 'second-child',
  open: async (page) => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('link', { name: /Maja Dahl/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Planen til Maja' }).waitFor();
  },
};

/** The referral form, through "Ny melding" under "Mine meldinger" on the home view. */
const newReferral: PageVisit = {
  name: 'new-referral',
  open: async (page) => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('link', { name: 'Ny melding' }).click();
    await page.waitForURL(/\/melding\/ny$/);
    await page.getByRole('button', { name: /^Send/ }).waitFor();
  },
};

const ROLES: Array<{ user: string; name: string; heading: string | RegExp; seeded: string; pages: PageVisit[] }> = [
  { user: 'system-coordinator', name: 'Kari Nordmann-Berg', heading: 'Koordinerende enhet', seeded: 'Mottatt', pages: [home, newReferral] },
  { user: 'unit-leader', name: 'Ola Fjeld', heading: 'Min virksomhet', seeded: 'Ingrid Solberg', pages: [home] },
  { user: 'coordinator', name: 'Ingrid Solberg', heading: 'Mine brukere', seeded: 'Sofie Berg', pages: [home, planOf(/Sofie Berg/), planPartsOpen, { ...planOf(/Bjørn Hansen/), name: 'no-plan' }, { ...planOf(/Terje Pedersen/), name: 'handover' }, notFound] },
  { user: 'service-provider', name: 'Per Aasen', heading: 'Mine ansvarsgrupper', seeded: 'Sofie Berg', pages: [home, planOf(/Sofie Berg/), newReferral] },
  { user: 'citizen', name: 'Sofie Berg', heading: 'Min plan', seeded: 'Ingrid Solberg', pages: [home, newReferral] },
  { user: 'guardian', name: 'Mona Dahl', heading: 'Planen til Emil', seeded: 'Maja Dahl', pages: [home, secondChild] },
];

describe.each(ROLES)('$user', ({ user, name, heading, seeded, pages }) => {
  it(`${name} sees the home view with seeded data, and every page passes axe in nb, nn and en, at 360 px and on desktop`, async () => {
    const page = await app.newPage();
    await signIn(page, app.baseUrl, name);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
    await page.getByText(name).first().waitFor();
    await page.getByText(seeded).first().waitFor({ timeout: 20_000 });
    const problems: string[] = [];
    for (const visit of pages) {
      await visit.open(page);
      await settled(page);
      problems.push(...(await problemsInEveryLanguageAndWidth(page, `${user} ${visit.name}`, `${user}-${visit.name}`)));
    }
    expect(problems).toEqual([]);
  });
});

it('the sign-in page and the not-found page pass axe in every language and width', async () => {
  const page = await app.newPage();
  const problems: string[] = [];
  await page.goto(`${app.baseUrl}/logg-inn`);
  await page.getByRole('button', { name: 'Logg inn som Sofie Berg' }).waitFor();
  problems.push(...(await problemsInEveryLanguageAndWidth(page, 'signed-out sign-in', 'signed-out-sign-in')));
  await page.goto(`${app.baseUrl}/finnes-ikke`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  problems.push(...(await problemsInEveryLanguageAndWidth(page, 'signed-out not-found', 'signed-out-not-found')));
  expect(problems).toEqual([]);
});
