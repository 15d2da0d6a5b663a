// The plan as a PDF, rendered from a built plan and read back with a PDF parser: what a reader of
// the printout sees, in bokmål, nynorsk and English, over as many pages as it takes.
import { expectPdfA, readPdf } from '../../test-support/pdf';
import { renderPlanPdf, type PlanDocument } from './plan-pdf';
import type { EvaluationView, GoalView, MeasureView, PlanView, SubPlanView } from './plan.type';

const NATIONAL_ID = '04056112345';
const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

let serial = 0;
const id = () => `00000000-0000-4000-8000-${String((serial += 1)).padStart(12, '0')}`;

function goal(fields: Partial<GoalView> & Pick<GoalView, 'description'>): GoalView {
  return {
    id: id(),
    kind: 'LONG_TERM',
    lifeArea: null,
    status: 'IN_PROGRESS',
    targetDate: null,
    parentGoalId: null,
    sortOrder: 0,
    version: 1,
    updatedAt: day('2026-03-01'),
    ...fields,
  };
}

function measure(fields: Partial<MeasureView> & Pick<MeasureView, 'description'>): MeasureView {
  return {
    id: id(),
    goalId: null,
    responsible: '',
    responsibleParticipantId: null,
    responsibleUnitId: null,
    responsibleText: null,
    startDate: null,
    dueDate: null,
    status: 'PLANNED',
    overdue: false,
    scope: null,
    howCarriedOut: null,
    ownContribution: null,
    sortOrder: 0,
    version: 1,
    ...fields,
  };
}

const work = goal({ kind: 'LONG_TERM', lifeArea: 'WORK', description: 'Være tilbake i 50 % stilling som barnehagelærer.', targetDate: day('2027-02-01') });
const home = goal({ kind: 'LONG_TERM', lifeArea: 'HEALTH', description: 'Klare hverdagen hjemme på egen hånd.', status: 'NOT_STARTED' });
const trial = goal({ kind: 'SHORT_TERM', lifeArea: 'WORK', description: 'Starte arbeidsutprøving i 20 % stilling.', parentGoalId: work.id, targetDate: day('2026-09-01') });
const walk = goal({ kind: 'SHORT_TERM', lifeArea: 'HEALTH', description: 'Gå tre kilometer uten pause.', parentGoalId: home.id, status: 'REACHED' });
const choir = goal({ kind: 'SHORT_TERM', lifeArea: 'LEISURE', description: 'Synge i koret igjen.' });

function plan(overrides: Partial<PlanView> = {}): PlanView {
  return {
    id: id(),
    person: { id: id(), name: 'Åse Ærlig Øvrebø', firstName: 'Åse', age: 65, isChild: false, expectedBirthDate: null },
    status: 'ACTIVE',
    periodStart: day('2026-03-01'),
    periodEnd: day('2027-02-28'),
    nextRevisionDate: day('2026-09-15'),
    version: 3,
    hasConsent: true,
    awaitingConsent: false,
    closedAt: null,
    closedReason: null,
    canRegisterConsent: false,
    partsWithheld: false,
    periodEndsInDays: 200,
    canEdit: false,
    whatIsImportant: 'Å komme tilbake på jobb, og å ha overskudd til familien.',
    situation: 'Skadet i en trafikkulykke for ett år siden.',
    resources: 'Målrettet, med god støtte fra familien.',
    dreams: null,
    needs: '   ',
    ownContribution: 'Trener hver dag etter eget program.',
    networkContribution: 'Samboeren kjører til timer.',
    cooperationNeeds: 'Samarbeid med Helse Fjordvik HF.',
    languageAndCulture: null,
    lifeAreas: [
      { id: id(), area: 'HEALTH', situation: 'Hodepine flere dager i uka.', services: 'Fysioterapi to ganger i uka.', needs: null, resources: null, wishes: 'Færre dager med hodepine.', version: 2 },
      { id: id(), area: 'HOUSING', situation: null, services: null, needs: null, resources: null, wishes: null, version: 1 },
    ],
    participants: [
      { id: id(), kind: 'PERSON', name: 'Åse Ærlig Øvrebø', role: null, unitId: null, unitName: null, organisation: null, phone: null, email: null, contribution: null, version: 1 },
      {
        id: id(),
        kind: 'PROFESSIONAL',
        name: 'Siri Vik',
        role: 'Fysioterapeut',
        unitId: id(),
        unitName: 'Fysio- og ergoterapi',
        organisation: null,
        phone: '900 11 222',
        email: 'siri.vik@fjordvik.kommune.example',
        contribution: 'Behandling og treningsprogram.',
        version: 1,
      },
      { id: id(), kind: 'RELATIVE', name: 'Anders Vold', role: 'Samboer', unitId: null, unitName: null, organisation: null, phone: '911 22 333', email: null, contribution: 'Kjører til timer.', version: 1 },
    ],
    coordinators: [
      {
        name: 'Ingrid Solberg',
        title: 'Sykepleier',
        phone: '412 34 567',
        email: 'ingrid.solberg@fjordvik.kommune.example',
        unitName: 'Hjemmetjenesten',
        isChildCoordinator: false,
        since: day('2025-10-01'),
        until: null,
      },
    ],
    coordinatorHandover: null,
    goals: [work, home, trial, walk, choir],
    measures: [
      measure({
        goalId: trial.id,
        description: 'Arbeidsutprøving med oppfølging fra NAV-veileder',
        responsible: 'NAV Fjordvik',
        startDate: day('2026-04-01'),
        dueDate: day('2026-06-30'),
        scope: 'Tre måneder',
        howCarriedOut: 'NAV avklarer med arbeidsgiver.',
        status: 'ONGOING',
        overdue: true,
        ownContribution: 'Møter til avtalt tid.',
      }),
      measure({ goalId: walk.id, description: 'Daglig gåtur og treningsdagbok', responsible: 'Åse Ærlig Øvrebø', scope: '30 minutter hver dag', status: 'DONE' }),
      measure({ goalId: home.id, description: 'Praktisk bistand i hjemmet', responsible: 'Hjemmetjenesten', dueDate: day('2027-02-28') }),
      measure({ description: 'Søke om parkeringstillatelse', responsible: 'Ingrid Solberg', startDate: day('2026-05-01') }),
    ],
    upcomingMeetings: [{ id: id(), type: 'RESPONSIBILITY_GROUP', status: 'PLANNED', startsAt: new Date('2026-06-12T08:00:00.000Z'), location: 'Fjordvik helsehus' }],
    evaluations: [],
    subPlans: [],
    lifePhase: 'ADULT',
    checklist: [],
    transitions: [],
    hiddenLifeAreas: [],
    ...overrides,
  };
}

function printout(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    language: 'nb',
    municipalityName: 'Fjordvik kommune',
    person: { name: 'Åse Ærlig Øvrebø', dateOfBirth: '1961-05-04' },
    printedOn: '2026-05-20',
    plan: plan(),
    ...overrides,
  };
}

/** Where each text first stands in the printout, to check the order. */
const positions = (text: string, parts: string[]) => parts.map((part) => text.indexOf(part));

describe('the plan as a PDF', () => {
  it('is a PDF/A document titled in its language', async () => {
    const pdf = await renderPlanPdf(printout());
    expectPdfA(pdf);
    expect((await readPdf(pdf)).title).toBe('Individuell plan');
    expect((await readPdf(await renderPlanPdf(printout({ language: 'en' })))).title).toBe('Individual plan');
  });

  it('opens with the municipality, the person, the period, the revision date, the status and the day it was printed', async () => {
    const { text, pages } = await readPdf(await renderPlanPdf(printout()));
    for (const expected of [
      'Fjordvik kommune',
      'Individuell plan',
      'Åse Ærlig Øvrebø',
      'Født 4. mai 1961',
      'Planperiode 1. mars 2026 – 28. februar 2027',
      'Neste revisjon 15. september 2026',
      'Status Aktiv',
      'Samtykke til planen Registrert',
      'Tiltak over fristen 1',
      'Skrevet ut 20. mai 2026',
    ]) {
      expect(pages[0]).toContain(expected);
    }
    expect(text).not.toContain('Utskriften viser det du har tilgang til');
  });

  it('has what is important, the filled-in sections and life areas, the coordinator and the participants', async () => {
    const { text } = await readPdf(await renderPlanPdf(printout()));
    for (const expected of [
      'Hva er viktig for deg? Å komme tilbake på jobb, og å ha overskudd til familien.',
      'Situasjon, ressurser og behov',
      'Situasjon Skadet i en trafikkulykke for ett år siden.',
      'Ressurser Målrettet, med god støtte fra familien.',
      'Eget bidrag Trener hver dag etter eget program.',
      'Bidrag fra familie og nettverk Samboeren kjører til timer.',
      'Samarbeid med andre tjenester og etater Samarbeid med Helse Fjordvik HF.',
      'Kartlegging av livsområder',
      'Helse Slik er det nå Hodepine flere dager i uka. Tjenester i dag Fysioterapi to ganger i uka. Ønsker Færre dager med hodepine.',
      'Koordinator Ingrid Solberg Sykepleier Enhet Hjemmetjenesten Telefon 412 34 567 E-post ingrid.solberg@fjordvik.kommune.example',
      'Deltakere i planen',
      'Siri Vik Deltar som Fagperson Rolle Fysioterapeut Enhet eller organisasjon Fysio- og ergoterapi Telefon 900 11 222',
      'Bidrag Behandling og treningsprogram.',
      'Anders Vold Deltar som Pårørende Rolle Samboer',
    ]) {
      expect(text).toContain(expected);
    }
    // Sections and life areas not filled in are left out.
    for (const empty of ['Drømmer og ønsker', 'Språk og kultur', 'Behov ', 'Bolig']) expect(text).not.toContain(empty);
  });

  it('groups short-term goals under their long-term goal, each with its measures, then goals and measures without one', async () => {
    const { text } = await readPdf(await renderPlanPdf(printout()));
    for (const expected of [
      'Langsiktig mål Være tilbake i 50 % stilling som barnehagelærer. Livsområde: Arbeid og aktivitet · Status: Pågår · Skal være nådd innen 1. februar 2027',
      'Delmål Starte arbeidsutprøving i 20 % stilling. Livsområde: Arbeid og aktivitet · Status: Pågår · Skal være nådd innen 1. september 2026',
      'Arbeidsutprøving med oppfølging fra NAV-veileder Forfalt: fristen var 30. juni 2026 Ansvarlig NAV Fjordvik Fra–til 1. april 2026 – 30. juni 2026 Omfang Tre måneder Slik gjennomføres det NAV avklarer med arbeidsgiver. Status Pågår Eget bidrag Møter til avtalt tid.',
      'Delmål Gå tre kilometer uten pause. Livsområde: Helse · Status: Nådd',
      'Daglig gåtur og treningsdagbok Ansvarlig Åse Ærlig Øvrebø Omfang 30 minutter hver dag Status Utført',
      'Praktisk bistand i hjemmet Ansvarlig Hjemmetjenesten Fra–til Innen 28. februar 2027 Status Planlagt',
      'Delmål uten langsiktig mål Delmål Synge i koret igjen. Livsområde: Fritid',
      'Tiltak uten mål Søke om parkeringstillatelse Ansvarlig Ingrid Solberg Fra–til Fra 1. mai 2026',
    ]) {
      expect(text).toContain(expected);
    }
    const order = positions(text, [
      'Være tilbake i 50 %',
      'Starte arbeidsutprøving',
      'Arbeidsutprøving med oppfølging',
      'Klare hverdagen hjemme',
      'Praktisk bistand i hjemmet',
      'Gå tre kilometer',
      'Daglig gåtur',
      'Delmål uten langsiktig mål',
      'Tiltak uten mål',
      'Kommende møter',
    ]);
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Only the overdue measure is marked.
    expect(text.match(/Forfalt:/g)).toHaveLength(1);
  });

  it('lists the upcoming meetings in Norwegian time', async () => {
    const { text } = await readPdf(await renderPlanPdf(printout()));
    expect(text).toContain('Kommende møter Ansvarsgruppemøte 12. juni 2026 kl. 10:00 · Sted: Fjordvik helsehus');
    const none = await readPdf(await renderPlanPdf(printout({ plan: plan({ upcomingMeetings: [], goals: [], measures: [] }) })));
    expect(none.text).toContain('Ingen møter er planlagt.');
    expect(none.text).toContain('Ingen mål er satt ennå.');
  });

  it('lists the sub-plans with their kind and owner, and the evaluations held with their date and conclusion', async () => {
    const subPlan = (kind: SubPlanView['kind'], title: string, owner: string): SubPlanView => ({
      id: id(),
      kind,
      title,
      owner,
      ownerUnitId: null,
      ownerName: owner,
      note: null,
      externalReference: null,
      lifeArea: null,
      version: 1,
    });
    const evaluation = (scheduledFor: string, held: boolean, conclusion: string | null): EvaluationView => ({
      id: id(),
      scheduledFor: day(scheduledFor),
      heldAt: held ? day(scheduledFor) : null,
      evaluatedByName: held ? 'Ingrid Solberg' : null,
      goalsReached: null,
      servicesWork: null,
      wayOfWorking: null,
      ownerExperience: null,
      conclusion,
      version: 1,
    });
    const parts = plan({
      subPlans: [subPlan('REHABILITATION_PLAN', 'Opptrening etter ulykken', 'Fysio- og ergoterapi'), subPlan('CRISIS_PLAN', 'Når hodepinen blir verre', 'Åse Ærlig Øvrebø')],
      evaluations: [evaluation('2026-04-15', true, 'Fortsette arbeidsutprøvingen.'), evaluation('2026-09-15', false, null)],
    });
    const { text } = await readPdf(await renderPlanPdf(printout({ plan: parts })));
    for (const expected of [
      'Delplaner',
      'Opptrening etter ulykken Type Rehabiliteringsplan Eier Fysio- og ergoterapi',
      'Når hodepinen blir verre Type Kriseplan Eier Åse Ærlig Øvrebø',
      'Evalueringer',
      'Evaluering 15. april 2026 Konklusjon Fortsette arbeidsutprøvingen.',
    ]) {
      expect(text).toContain(expected);
    }
    // Only the evaluation held; the sections come after the goals and before the meetings.
    expect(text).not.toContain('15. september 2026 Konklusjon');
    const order = positions(text, ['Tiltak uten mål', 'Delplaner', 'Evalueringer', 'Kommende møter']);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const english = await readPdf(await renderPlanPdf(printout({ plan: parts, language: 'en' })));
    expect(english.text).toContain('Crisis plan Owner Åse Ærlig Øvrebø');
    expect(english.text).toContain('Evaluation on 15 April 2026 Conclusion');
    const nynorsk = await readPdf(await renderPlanPdf(printout({ plan: parts, language: 'nn' })));
    expect(nynorsk.text).toContain('Delplanar');
    expect(nynorsk.text).toContain('Eigar Fysio- og ergoterapi');
    expect(nynorsk.text).toContain('Evalueringar');
    // Without parts, no sections for them.
    const bare = await readPdf(await renderPlanPdf(printout()));
    for (const absent of ['Delplaner', 'Evalueringer']) expect(bare.text).not.toContain(absent);
  });

  it('is in nynorsk with every fixed text in nynorsk', async () => {
    const { text } = await readPdf(await renderPlanPdf(printout({ language: 'nn' })));
    for (const expected of [
      'Individuell plan',
      'Fødd 4. mai 1961',
      'Skriven ut 20. mai 2026',
      'Kva er viktig for deg?',
      'Situasjon, ressursar og behov',
      'Kartlegging av livsområde',
      'Deltakarar i planen',
      'Deltek som Pårørande',
      'Skal vere nådd innan 1. februar 2027',
      'Forfalle: fristen var 30. juni 2026',
      'Ansvarleg NAV Fjordvik',
      'Slik blir det gjennomført',
      'Delmål utan langsiktig mål',
      'Tiltak utan mål',
      'Komande møte',
      'Side 1 av',
    ]) {
      expect(text).toContain(expected);
    }
    for (const bokmål of ['Hva er viktig', 'Født', 'Deltakere', 'Ansvarlig', 'uten mål', 'Kommende']) expect(text).not.toContain(bokmål);
  });

  it('is in English when asked', async () => {
    const { text } = await readPdf(await renderPlanPdf(printout({ language: 'en' })));
    for (const expected of ['Individual plan', 'Born 4 May 1961', 'What matters to you?', 'Goals and measures', 'Long-term goal', 'Overdue: the deadline was 30 June 2026', '12 June 2026 at 10:00', 'Page 1 of']) {
      expect(text).toContain(expected);
    }
  });

  it('says on the first page what the reader’s access leaves out', async () => {
    // planForPerson has already left out the hidden life areas (plan-pdf.int.test.ts); the printout names them.
    const { pages } = await readPdf(await renderPlanPdf(printout({ plan: plan({ hiddenLifeAreas: ['ECONOMY', 'HEALTH'] }) })));
    expect(pages[0]).toContain('Utskriften viser det du har tilgang til. Personens samtykke gjør at dette er utelatt: Økonomi, Helse.');
  });

  it('never shows the national id, and writes the expected birth of an unborn child', async () => {
    const person = { name: 'Barn av Kari Nordmann', dateOfBirth: null, expectedBirthDate: '2027-03-15', nationalId: NATIONAL_ID } as PlanDocument['person'];
    const pdf = await renderPlanPdf(printout({ person, language: 'nn' }));
    const { text } = await readPdf(pdf);
    expect(text).toContain('Ufødd barn, termin 15. mars 2027');
    expect(text.replace(/\s/g, '')).not.toContain(NATIONAL_ID);
    expect(pdf.toString('latin1')).not.toContain(NATIONAL_ID);
  });

  it('keeps Norwegian and Sami letters', async () => {
    const name = 'Ánde Čuđe-Ŋåmmø Ærøy';
    const { text } = await readPdf(
      await renderPlanPdf(printout({ person: { name, dateOfBirth: '2001-02-28' }, plan: plan({ whatIsImportant: 'Å bo i Guovdageaidnu (š ž ŧ).' }) })),
    );
    expect(text).toContain(name);
    expect(text).toContain('Å bo i Guovdageaidnu (š ž ŧ).');
  });

  it('flows long texts over pages, with the person in the header of every page after the first and every page numbered', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `Avsnitt ${i + 1}: hvordan hverdagen fungerer, hva som hjelper, og hva som må på plass før neste revisjon av planen.`).join('\n');
    const many = Array.from({ length: 25 }, (_, i) =>
      measure({ goalId: home.id, description: `Tiltak nummer ${i + 1}`, responsible: 'Hjemmetjenesten', howCarriedOut: long.slice(0, 400), status: 'ONGOING' }),
    );
    const { text, pages } = await readPdf(await renderPlanPdf(printout({ plan: plan({ situation: long, measures: [...plan().measures, ...many] }) })));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain('Avsnitt 1: hvordan');
    expect(text).toContain('Avsnitt 30: hvordan');
    expect(text).toContain('Tiltak nummer 25');
    expect(pages[0]).not.toContain('Individuell plan – Åse Ærlig Øvrebø');
    pages.forEach((page, index) => {
      expect(page).toContain(`Side ${index + 1} av ${pages.length}`);
      if (index > 0) expect(page).toContain('Individuell plan – Åse Ærlig Øvrebø Fjordvik kommune');
    });
  });
});
