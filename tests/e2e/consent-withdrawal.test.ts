// Consent governs access in the real UI: a group member reads the person's plan; the person
// withdraws her consent to information exchange, and the member's open plan page has none of
// the plan's data on the next load; the person then opens who has read her data and finds the
// member's earlier read, which KE finds on the person's case page too. axe checks the pages touched in nb, nn and en, on a phone and a desktop.
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

const app = useApp();

/** A goal of Sofie Berg's plan in the demo data, which the physiotherapist in her group may read. */
const GOAL = 'Starte arbeidsutprøving i 20 % stilling i barnehagen.';

it('the citizen withdraws her consent, the member loses the plan on the next load, and the citizen and KE find the earlier read', async () => {
  const member = await app.newPage();
  await signIn(member, app.baseUrl, 'Siri Vik');
  await member.getByRole('link', { name: 'Sofie Berg' }).first().click();
  await member.waitForURL(/\/plan\//);
  await member.getByRole('heading', { name: GOAL }).first().waitFor();
  await settled(member);
  expect(await problemsInEveryLanguageAndWidth(member, "the member's reading view")).toEqual([]);

  const citizen = await app.newPage();
  await signIn(citizen, app.baseUrl, 'Sofie Berg');
  await citizen.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  const withdraw = citizen.getByRole('button', { name: 'Trekk tilbake samtykket til utveksling av opplysninger' });
  await withdraw.click();
  const dialog = citizen.getByRole('dialog', { name: 'Vil du trekke tilbake samtykket?' });
  await dialog.waitFor();
  // Cancelling changes nothing: the consent is still in force.
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await withdraw.click();
  await dialog.getByRole('button', { name: 'Ja, trekk tilbake' }).click();
  await citizen.getByText('Samtykket til utveksling av opplysninger er trukket tilbake.').waitFor();

  // The member's session is still signed in; the very next load has none of the plan: the page
  // says "not found or no access", as for any person the viewer may not see.
  await member.reload();
  await member.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
  await member.getByRole('button', { name: 'Logg ut' }).waitFor();
  expect(await member.getByText(GOAL).count()).toBe(0);
  await settled(member);
  expect(await problemsInEveryLanguageAndWidth(member, 'the member after the withdrawal')).toEqual([]);

  // Who has read my data: the member's read of the plan, before the withdrawal, is there.
  await citizen.reload();
  const log = citizen.getByRole('region', { name: 'Hvem har sett opplysningene dine' });
  await log.scrollIntoViewIfNeeded();
  const memberRead = log.getByRole('listitem').filter({ hasText: 'Siri Vik' }).filter({ hasText: 'Leste planen' });
  await memberRead.first().waitFor();
  expect(await memberRead.first().textContent()).toContain('Tjenesteyter');
  await settled(citizen);
  expect(await problemsInEveryLanguageAndWidth(citizen, "the citizen's home after the withdrawal")).toEqual([]);

  // KE audits the same log on the person's case page.
  const ke = await app.newPage();
  await signIn(ke, app.baseUrl, 'Kari Nordmann-Berg');
  await ke.goto(`${app.baseUrl}/?status=all`);
  await ke.getByRole('table', { name: 'Innkomne meldinger' }).getByRole('link', { name: 'Sofie Berg' }).first().click();
  await ke.getByRole('heading', { level: 1, name: 'Sak for Sofie Berg' }).waitFor();
  const audit = ke.getByRole('region', { name: 'Hvem har sett opplysningene til Sofie Berg' });
  await audit.scrollIntoViewIfNeeded();
  await audit.getByRole('listitem').filter({ hasText: 'Siri Vik' }).filter({ hasText: 'Leste planen' }).first().waitFor();
  await settled(ke);
  expect(await problemsInEveryLanguageAndWidth(ke, "KE's case page with the person's access log")).toEqual([]);
});
