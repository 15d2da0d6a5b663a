// Responsibility groups and meetings in the real UI, as the journey: the coordinator
// establishes Astrid Nilsen's group on her wish (her written group consent is registered) and adds
// the physiotherapist; plans an ansvarsgruppemøte three weeks ahead, builds its agenda from the
// plan and sends it; then writes the minutes of Sofie Berg's samarbeidsmøte of yesterday (refused
// first, naming every missing part), with an action item for the physiotherapist tied to a goal,
// and finalises them. The physiotherapist finds the task in her list; Sofie reads the minutes.
// The agenda's mails are on the sent-mail page. axe checks every
// page touched, in nb, nn and en, on a phone and a desktop.
import type { Page } from 'playwright-core';
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

const app = useApp();

/** A LocalDate `days` from today in Oslo. */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const date = new Date(`${today}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "24. des. 2026", as the app writes a date in bokmål. */
const longDate = (day: string) =>
  new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00.000Z`));

/** Waits for the API's answer to the mutation named. */
const answered = (page: Page, mutation: string) =>
  page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(mutation));

const TASK = 'Lage treningsprogram for rygg og nakke før oppstart';

it('the coordinator establishes a group, plans a meeting with the agenda from the plan, and finalises minutes with a task the member and the citizen see', async () => {
  const ingrid = await app.newPage();
  await signIn(ingrid, app.baseUrl, 'Ingrid Solberg');

  // The group, on Astrid's wish: her written group consent is already registered.
  await ingrid.getByRole('table', { name: 'Personer du er koordinator for' }).getByRole('link', { name: 'Ansvarsgruppe for Astrid Nilsen' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Ansvarsgruppe for Astrid Nilsen' }).waitFor();
  const establish = ingrid.getByRole('form', { name: 'Opprett ansvarsgruppe' });
  await establish.getByRole('checkbox', { name: 'Personen (eller verge) ønsker ansvarsgruppe' }).check();
  await establish.getByLabel(/Ønsket med personens egne ord/).fill('At de som hjelper meg, snakker sammen.');
  await establish.getByRole('button', { name: 'Opprett ansvarsgruppen' }).click();
  const members = ingrid.getByRole('table', { name: 'Medlemmer av ansvarsgruppen' });
  await members.getByRole('rowheader', { name: /Astrid Nilsen/ }).waitFor();
  await ingrid.getByText('Legg til medlem').click();
  const add = ingrid.getByRole('form', { name: 'Legg til medlem' });
  await add.getByRole('radio', { name: 'En ansatt i kommunen' }).check();
  await add.getByRole('combobox', { name: /^Ansatt/ }).selectOption({ label: 'Siri Vik – Fysio- og ergoterapi' });
  await add.getByLabel(/^Rolle i gruppen/).fill('Fysioterapeut');
  await add.getByRole('button', { name: 'Legg til i gruppen' }).click();
  await ingrid.getByText('Siri Vik er lagt til i gruppen.').waitFor();
  await members.getByRole('rowheader', { name: /Siri Vik/ }).waitFor();

  // An ansvarsgruppemøte in three weeks, 1.5 hours by default.
  await ingrid.goto(app.baseUrl);
  await ingrid.getByRole('link', { name: 'Møter for Astrid Nilsen' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Møter for Astrid Nilsen' }).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, "the person's meetings with the planner", 'meetings')).toEqual([]);
  const planner = ingrid.getByRole('form', { name: 'Planlegg et møte' });
  await planner.getByRole('combobox', { name: /Type møte/ }).selectOption({ label: 'Ansvarsgruppemøte' });
  const meetingDay = dayFromToday(21);
  await planner.getByLabel(/Dato og klokkeslett/).fill(`${meetingDay}T10:00`);
  expect(await planner.getByLabel(/Varighet i minutter/).inputValue()).toBe('90');
  await planner.getByLabel(/^Sted/).fill('Fjordvik helsehus, møterom 3');
  for (const name of [/Ingrid Solberg/, /Astrid Nilsen/, /Siri Vik/]) await planner.getByRole('checkbox', { name }).check();
  await planner.getByRole('button', { name: 'Planlegg møtet' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Ansvarsgruppemøte for Astrid Nilsen' }).waitFor();
  // Typed as Norwegian time, shown as Norwegian time; the agenda is due 14 days before.
  await ingrid.getByText(`${longDate(meetingDay)}, 10:00–11:30 (90 min)`).waitFor();
  await ingrid.getByText(`Sakslisten skal sendes senest ${longDate(dayFromToday(7))}, 10:00.`).waitFor();

  await ingrid.getByRole('button', { name: 'Bygg fra planen' }).click();
  const agenda = ingrid.getByRole('region', { name: 'Saksliste' });
  await agenda.getByText('Sak 1', { exact: true }).waitFor();
  // Astrid's two goals (the long-term one first) with their measures.
  expect(await agenda.getByRole('textbox', { name: /^Sak/ }).first().inputValue()).toMatch(/Klare personlig stell og enkel matlaging selv/);
  await agenda.getByRole('checkbox', { name: 'Sakslisten er satt opp sammen med Astrid' }).check();
  await Promise.all([answered(ingrid, 'setAgenda'), agenda.getByRole('button', { name: 'Lagre sakslisten' }).click()]);
  await agenda.getByRole('button', { name: 'Send sakslisten' }).click();
  await ingrid.getByText('Sakslisten er sendt til de inviterte.').waitFor();
  await ingrid.getByText(/^Saksliste sendt /).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the meeting page with the agenda sent', 'meeting-agenda')).toEqual([]);

  // Yesterday's samarbeidsmøte with Sofie Berg: the minutes.
  await ingrid.goto(app.baseUrl);
  await ingrid.getByRole('link', { name: 'Møter for Sofie Berg' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Møter for Sofie Berg' }).waitFor();
  await ingrid.getByRole('link', { name: /^Samarbeidsmøte, / }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Samarbeidsmøte for Sofie Berg' }).waitFor();
  await ingrid.getByRole('button', { name: 'Ferdigstill referatet' }).click();
  const missing = ingrid.getByText('Dette mangler før referatet kan ferdigstilles:').locator('..');
  for (const part of ['Hvem som var til stede og ikke', 'Referat fra hver sak', 'Konklusjoner', 'Neste møte og tema', 'Hvem som får referatet']) {
    await missing.getByText(part).waitFor();
  }
  for (const name of ['Ingrid Solberg', 'Sofie Berg', 'Siri Vik']) {
    await ingrid.getByRole('group', { name }).getByRole('radio', { name: 'Til stede', exact: true }).check();
  }
  await ingrid.getByRole('group', { name: /Er referatet fra forrige møte godkjent/ }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await ingrid.getByLabel('Referat fra «Tilrettelegging på arbeidsplassen»').fill('Arbeidsgiver har et kontor med hev-senk-pult klart.');
  await ingrid.getByLabel('Konklusjon på «Tilrettelegging på arbeidsplassen»').fill('Sofie starter med fire timer tre dager i uka.');
  await ingrid.getByLabel('Referat fra «Trening før oppstart»').fill('Siri går gjennom øvelser for rygg og nakke.');
  await ingrid.getByLabel('Konklusjon på «Trening før oppstart»').fill('Sofie får et eget treningsprogram før oppstart.');
  await ingrid.getByLabel('Tidspunkt for neste møte').fill(`${dayFromToday(40)}T10:00`);
  await ingrid.getByLabel('Tema for neste møte').fill('Erfaringer fra de første ukene');
  await ingrid.getByLabel(/Hvem får referatet/).fill('Sofie Berg, Siri Vik og Ingrid Solberg');
  await ingrid.getByRole('button', { name: 'Lagre referatet' }).click();
  await ingrid.getByText('Referatet er lagret.').waitFor();

  await ingrid.getByText('Ny oppgave fra «Trening før oppstart»').click();
  const taskForm = ingrid.getByRole('form', { name: 'Ny oppgave fra «Trening før oppstart»' });
  await taskForm.getByLabel('Oppgave (må fylles ut)', { exact: true }).fill(TASK);
  await taskForm.getByRole('combobox', { name: /^Ansvarlig/ }).selectOption({ label: 'Siri Vik' });
  await taskForm.getByLabel('Frist', { exact: true }).fill(dayFromToday(10));
  await taskForm.getByRole('combobox', { name: /Mål i planen/ }).selectOption({ label: 'Starte arbeidsutprøving i 20 % stilling i barnehagen.' });
  await taskForm.getByRole('button', { name: 'Legg til oppgaven' }).click();
  await ingrid.getByText(TASK).first().waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the minutes being written', 'meeting-minutes')).toEqual([]);

  await ingrid.getByRole('button', { name: 'Ferdigstill referatet' }).click();
  await ingrid.getByText(/^Ferdigstilt .* av Ingrid Solberg$/).waitFor();

  // The mails it all caused, on the sent-mail page.
  await ingrid.goto(`${app.baseUrl}/epost`);
  await ingrid.getByText(/Saksliste: ansvarsgruppemøte/i).first().waitFor();

  // The physiotherapist's task list.
  const siri = await app.newPage();
  await signIn(siri, app.baseUrl, 'Siri Vik');
  const tasks = siri.getByRole('region', { name: 'Mine oppgaver fra møter' });
  await tasks.getByText(TASK, { exact: true }).waitFor();
  await tasks.getByText(/^Gjelder Sofie/).first().waitFor();
  await settled(siri);
  expect(await problemsInEveryLanguageAndWidth(siri, "the member's home with the task", 'member-tasks')).toEqual([]);

  // Sofie reads the finalised minutes, and the task under its goal in her plan.
  const sofie = await app.newPage();
  await signIn(sofie, app.baseUrl, 'Sofie Berg');
  await sofie.getByRole('link', { name: 'Alle møtene dine, med saksliste og referat' }).click();
  await sofie.getByRole('link', { name: /^Samarbeidsmøte, / }).click();
  await sofie.getByText('Sofie starter med fire timer tre dager i uka.').waitFor();
  await sofie.getByText(/^Ferdigstilt .* av Ingrid Solberg$/).waitFor();
  await settled(sofie);
  expect(await problemsInEveryLanguageAndWidth(sofie, 'the finalised minutes as the citizen reads them', 'citizen-minutes')).toEqual([]);
});
