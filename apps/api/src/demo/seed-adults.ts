// Adults in Fjordvik kommune with a coordinator and/or a plan. Day offsets are relative to
// "today" (negative = in the past). Free text is bokmål, as a coordinator would write it.
import type { DemoBuilder } from './seed-builder';
import { NEW_CITIZEN, DEMO_PERSONS as P, DEMO_USERNAMES as U } from './personas';
import { grantedPath } from './seed-paths';

const KE = U.systemCoordinator;
const ADDR = (street: string) => `${street}, 9998 Fjordvik`;

export function buildAdults(b: DemoBuilder): void {
  sofie(b);
  kjell(b);
  astrid(b);
  ragnhild(b);
  bjorn(b);
  terje(b);
  sigrid(b);
  eirik(b);
  maria(b);
  daniel(b);
  kristoffer(b);
  henrik(b);
  thomas(b);
  linda(b);
  younes(b);
  jon(b);
}

// ---------------------------------------------------------------------------------------------
// Jon Solheim (41): a citizen with an account and nothing registered yet. He can report his own
// need; the end-to-end journey has his GP refer him and follows the case to his coordinator.
// ---------------------------------------------------------------------------------------------
function jon(b: DemoBuilder): void {
  b.addPerson('jon', { ...P.newCitizen, fixed: NEW_CITIZEN, address: ADDR('Fjellvegen 3'), email: 'jon.solheim@epost.example' });
  b.citizenUser({ username: U.newCitizen, name: 'Jon Solheim', email: 'jon.solheim@epost.example', personKey: 'jon' });
}

// ---------------------------------------------------------------------------------------------
// Sofie Berg (34): the richest plan. Coordinator ingrid.koordinator; her own user sofie.borger.
// ---------------------------------------------------------------------------------------------
function sofie(b: DemoBuilder): void {
  b.addPerson('sofie', { ...P.citizen, age: 34, address: ADDR('Strandvegen 14'), email: 'sofie.berg@epost.example' });
  b.citizenUser({ username: U.citizen, name: 'Sofie Berg', email: 'sofie.berg@epost.example', personKey: 'sofie' });
  b.addRelative('sofie.anders', 'sofie', { name: 'Anders Vold', relation: 'SPOUSE', email: 'anders.vold@epost.example' });

  grantedPath(b, 'sofie', {
    referral: {
      sourceKind: 'GP',
      sourceName: 'Per Aasen',
      sourceOrganisation: 'Fjordvik legesenter',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'Sofie (33) ble skadet i en trafikkulykke for ett år siden og fikk en moderat hjerneskade og brudd i ' +
        'korsryggen. Hun har nedsatt utholdenhet, hodepine og konsentrasjonsvansker, og er sykmeldt fra jobben ' +
        'som barnehagelærer. Hun trenger oppfølging fra fastlege, fysioterapi, hjemmetjenesten og NAV, og ' +
        'tjenestene må ses i sammenheng. Sofie ønsker selv koordinator og individuell plan.',
      consent: 'WRITTEN',
      receivedDay: -430,
    },
    decisionDay: -412,
    grants: { coordinator: true, plan: true },
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    startDay: -405,
    wish: 'Ønsker koordinator fra hjemmetjenesten, gjerne Ingrid Solberg, som hun kjenner fra før.',
    wishFollowed: true,
    appointedBy: U.unitLeader,
  });

  const consents = b.standardConsents('sofie', {
    givenDay: -202,
    periodStartDay: -200,
    periodEndDay: 165,
    registeredBy: U.coordinator,
    withGroup: true,
  });
  b.restriction(consents.exchange, {
    kind: 'MATTER',
    lifeArea: 'ECONOMY',
    description:
      'Opplysninger om Sofies økonomi og gjeldsordning skal bare deles mellom Sofie, koordinator og NAV Fjordvik – ' +
      'ikke med fastlege, fysioterapeut eller hjemmetjenesten.',
  });

  const plan = b.plan('sofie', {
    status: 'ACTIVE',
    periodStartDay: -200,
    periodEndDay: 165,
    nextRevisionDay: 60,
    whatIsImportant:
      'Det viktigste for meg er å komme tilbake på jobb i barnehagen, i alle fall i en redusert stilling. Jeg vil ' +
      'ha overskudd til Anders, venner og familie, og jeg vil klare meg selv hjemme uten å måtte be om hjelp til ' +
      'alt. Jeg savner koret.',
    resources:
      'Sofie er målrettet og vet hva hun vil. Hun har god støtte fra samboeren Anders og foreldrene, og en ' +
      'arbeidsgiver som ønsker henne tilbake.',
    needs:
      'Oppfølging av smerter og hodepine, trening for utholdenhet og balanse, hjelp til tyngre husarbeid i en ' +
      'periode, og en gradvis vei tilbake til arbeid.',
    ownContribution: 'Sofie trener daglig etter eget program og fører treningsdagbok.',
    networkContribution: 'Anders kjører til timer ved behov og tar de tyngste innkjøpene.',
    cooperationNeeds:
      'Samarbeid med Helse Fjordvik HF (rehabiliteringsavdelingen) og med Fjordvik barnehage om arbeidsutprøving.',
    createdBy: U.coordinator,
    createdDay: -203,
  });
  b.lifeAreas(plan, [
    ['HEALTH', 'Hodepine flere dager i uka, blir fort sliten. Smerter i korsryggen ved lange økter.', 'God treningsvilje.', 'Færre dager med hodepine.'],
    ['WORK', 'Sykmeldt 100 % fra stilling som barnehagelærer; mottar arbeidsavklaringspenger.', 'Arbeidsgiver ønsker henne tilbake.', 'Tilbake i 50 % stilling innen ett år.'],
    ['ECONOMY', 'Stram økonomi etter inntektsfall; har fått hjelp til gjeldsordning.', 'Har oversikt sammen med NAV.'],
    ['HOUSING', 'Bor i rekkehus med samboer. Trapp til soverommet går greit.', undefined, 'Bli boende.'],
    ['TRANSPORT', 'Kjører ikke bil ennå etter hjerneskaden.', 'Anders kjører; buss til sentrum.', 'Få vurdert førerkortet på nytt.'],
    ['LEISURE', 'Har vært borte fra Fjordvik damekor siden ulykken.', 'Venninner i koret.', 'Synge igjen.'],
    ['FAMILY_NETWORK', 'Samboer Anders og foreldre i nærheten.', 'Stort og støttende nettverk.'],
  ]);

  const ltWork = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'WORK',
    description: 'Være tilbake i 50 % stilling som barnehagelærer i Fjordvik barnehage.',
    status: 'IN_PROGRESS',
    targetDay: 300,
    sortOrder: 1,
    createdDay: -200,
  });
  const ltHome = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HEALTH',
    description: 'Klare hverdagen hjemme på egen hånd og ha overskudd til familie og venner.',
    status: 'IN_PROGRESS',
    targetDay: 165,
    sortOrder: 2,
    createdDay: -200,
  });
  const stWalk = b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'HEALTH',
    description: 'Gå tre kilometer uten pause.',
    status: 'IN_PROGRESS',
    targetDay: 45,
    parentId: ltHome,
    sortOrder: 3,
    createdDay: -200,
  });
  const stTrial = b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'WORK',
    description: 'Starte arbeidsutprøving i 20 % stilling i barnehagen.',
    status: 'NOT_STARTED',
    targetDay: 75,
    parentId: ltWork,
    sortOrder: 4,
    createdDay: -200,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'LEISURE',
    description: 'Synge i Fjordvik damekor én kveld i uka igjen.',
    status: 'REACHED',
    targetDay: -20,
    parentId: ltHome,
    sortOrder: 5,
    createdDay: -200,
  });

  b.measure(plan, {
    goalId: stWalk,
    description: 'Fysioterapi med vekt på balanse, styrke og utholdenhet',
    scope: 'To behandlinger per uke',
    howCarriedOut: 'Behandling hos Fysio- og ergoterapi og hjemmeøvelser etter skriftlig treningsprogram.',
    user: U.physio,
    dueDay: 45,
    status: 'ONGOING',
    createdDay: -199,
  });
  b.measure(plan, {
    goalId: ltHome,
    description: 'Medisinsk oppfølging: smertebehandling og gjennomgang av medisiner',
    scope: 'Kontroll hver tredje måned',
    howCarriedOut: 'Time hos fastlegen. Epikrisen fra Helse Fjordvik HF legges til grunn.',
    user: U.gp,
    dueDay: 30,
    status: 'ONGOING',
    createdDay: -199,
  });
  b.measure(plan, {
    goalId: ltHome,
    description: 'Praktisk bistand i hjemmet',
    scope: 'To timer per uke etter eget vedtak',
    howCarriedOut: 'Hjemmetjenesten hjelper med tyngre husarbeid og store innkjøp.',
    unitKey: 'homeCare',
    dueDay: 165,
    status: 'ONGOING',
    createdDay: -199,
  });
  b.measure(plan, {
    goalId: stTrial,
    description: 'Arbeidsutprøving i 20 % stilling i Fjordvik barnehage med oppfølging fra NAV-veileder',
    scope: 'Tre måneder, deretter ny vurdering',
    howCarriedOut: 'NAV avklarer med arbeidsgiver. Møte med Sofie, barnehagen og NAV før oppstart.',
    unitKey: 'nav',
    dueDay: 75,
    status: 'PLANNED',
    createdDay: -30,
  });
  b.measure(plan, {
    goalId: stWalk,
    description: 'Daglig gåtur og treningsdagbok',
    scope: '30 minutter hver dag',
    howCarriedOut: 'Sofie fører dagbok og tar den med til fysioterapitimene.',
    text: 'Sofie selv',
    dueDay: 45,
    status: 'ONGOING',
    createdDay: -199,
  });

  // Sofie's thread on the work trial: a suggestion Ingrid has answered, and a newer comment waiting.
  b.goalComment(plan, stTrial, {
    kind: 'SUGGESTION',
    body: 'Kan jeg starte med to hele formiddager i uka i stedet for fire korte dager? Da rekker jeg å hvile mellom.',
    author: U.citizen,
    day: -12,
    hour: 20,
  });
  b.goalComment(plan, stTrial, {
    kind: 'ANSWER',
    body: 'Godt forslag. Jeg tar det opp med NAV og barnehagen, og legger det inn i tiltaket hvis de er enige.',
    author: U.coordinator,
    day: -11,
    hour: 9,
  });
  b.goalComment(plan, stTrial, {
    kind: 'COMMENT',
    body: 'Barnehagen sa at de helst vil vente til etter høstferien. Er det fortsatt planen å starte om to måneder?',
    author: U.citizen,
    day: -3,
    hour: 18,
  });

  b.evaluation(plan, {
    scheduledDay: -30,
    heldDay: -30,
    goalsReached:
      'Sofie synger i koret igjen. Hun går nå to kilometer uten pause og er på vei mot målet på tre. ' +
      'Arbeidsutprøvingen har ikke startet ennå.',
    servicesWork: 'Fysioterapien fungerer godt. Praktisk bistand kommer til avtalt tid.',
    wayOfWorking: 'Ansvarsgruppemøtene oppleves nyttige. Fastlegen har ikke hatt anledning til å delta fysisk.',
    ownerExperience: 'Sofie sier at hun for første gang siden ulykken opplever at noen har oversikten.',
    conclusion: 'Målene videreføres. Nytt delmål om arbeidsutprøving; NAV kobles tettere på.',
    evaluatedBy: U.coordinator,
  });
  b.evaluation(plan, { scheduledDay: 60 });

  b.subPlan(plan, {
    kind: 'REHABILITATION_PLAN',
    title: 'Rehabiliteringsplan etter ervervet hjerneskade',
    ownerUnitKey: 'hospital',
    externalReference: 'Helse Fjordvik HF, avdeling for fysikalsk medisin og rehabilitering',
    createdDay: -380,
  });
  b.subPlan(plan, {
    kind: 'CRISIS_PLAN',
    title: 'Kriseplan ved sterk hodepine og utmattelse',
    ownerName: 'Per Aasen, fastlege',
    note: 'Hva Sofie og Anders gjør ved sterk hodepine, svimmelhet eller plutselig utmattelse, og hvem de ringer: fastlegen på dagtid, legevakten ellers.',
    lifeArea: 'HEALTH',
    externalReference: 'Journal hos Fjordvik legesenter',
    createdDay: -150,
  });
  b.checklist(
    plan,
    'ADULT',
    [
      ['adult.municipalServices', -196],
      ['adult.navServices', -196],
      ['adult.voluntaryWork', -120],
    ],
    U.coordinator,
  );
  // The work trial starts within two months and is not reviewed yet: the plan asks for a review.
  b.transition(plan, {
    kind: 'WORK',
    day: 45,
    note: 'Oppstart av arbeidsutprøving i 20 % stilling i Fjordvik barnehage. Ansvarsgruppen går gjennom planen og avtaler oppfølging fra NAV før oppstart.',
    createdDay: -30,
  });

  const group = b.group('sofie', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -195,
    lastNeedReviewDay: -30,
    members: [
      [{ user: U.coordinator }, 'Koordinator'],
      [{ user: U.gp }, 'Fastlege'],
      [{ user: U.physio }, 'Fysioterapeut'],
      [{ person: true }, 'Planeier'],
      [{ relative: 'sofie.anders' }, 'Samboer'],
    ],
  });

  b.meeting('sofie', {
    type: 'STARTUP',
    status: 'HELD',
    day: -196,
    hour: 10,
    location: 'Koordinerende enhet, møterom Fjorden',
    planId: plan,
    agendaSetWithPerson: true,
    minutesWrittenDay: -195,
    nextMeetingDay: -120,
    nextMeetingTopic: 'Første ansvarsgruppemøte',
    distribution: 'Sofie Berg, Anders Vold, ansvarsgruppen',
    createdBy: U.coordinator,
    agenda: [
      ['Forventninger og hvordan vi samarbeider', 'Sofie ønsker korte møter med tydelige avtaler og referat samme uke.', 'Koordinator sender referat innen tre dager.'],
      ['Hva er viktig for deg?', 'Jobb, overskudd til familie og venner, og å synge i koret igjen.', 'Tas inn i planen som langsiktige mål.'],
      ['Samtykke og hvem som får vite hva', 'Sofie ga skriftlig samtykke til plan, ansvarsgruppe og informasjonsutveksling, med unntak for økonomi.', 'Samtykkene registrert.'],
    ],
    attendance: [
      [{ user: U.coordinator }, true],
      [{ person: true }, true],
      [{ relative: 'sofie.anders' }, true],
    ],
  });

  const held = b.meeting('sofie', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -30,
    location: 'Fjordvik helsehus, møterom 2',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -46,
    previousMinutesApproved: true,
    minutesWrittenDay: -29,
    nextMeetingDay: 60,
    nextMeetingTopic: 'Oppstart av arbeidsutprøving og evaluering av planen',
    distribution: 'Ansvarsgruppens medlemmer og Sofie Berg',
    createdBy: U.coordinator,
    agenda: [
      ['Godkjenning av referat fra forrige møte', 'Referatet ble godkjent uten merknader.', 'Godkjent.'],
      [
        'Hvordan har Sofie det nå?',
        'Sofie forteller om færre dager med hodepine, men at ettermiddagene fortsatt er tunge. Hun er glad for å være tilbake i koret.',
        'Fastlegen bes vurdere smertebehandlingen på neste kontroll.',
      ],
      [
        'Fysioterapi og egentrening',
        'Siri Vik orienterte om god fremgang i balanse og utholdenhet. Sofie går to kilometer uten pause.',
        'Nytt treningsprogram med progresjon. Delmålet om tre kilometer videreføres.',
      ],
      [
        'Arbeidsutprøving – veien tilbake til barnehagen',
        'Sofie ønsker å prøve seg i 20 % stilling. Barnehagen er positiv. NAV var ikke til stede.',
        'Koordinator tar kontakt med NAV-veileder og avtaler møte før oppstart.',
      ],
      ['Evaluering av planen og neste møte', 'Planen ble evaluert, se egen evaluering.', 'Neste møte om to måneder.'],
      [
        'Ventetid på hjemmetjenesten',
        'Anders mener hjemmetjenesten har for få timer til Sofie. Dette er et spørsmål om tildeling av ressurser og hører ikke hjemme i ansvarsgruppen.',
        'Koordinator tar saken videre til lederne.',
      ],
    ],
    toLeaders: [[5, 'RESOURCE_ALLOCATION']],
    attendance: [
      [{ user: U.coordinator }, true],
      [{ user: U.gp }, false],
      [{ user: U.physio }, true],
      [{ person: true }, true],
      [{ relative: 'sofie.anders' }, true],
    ],
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[1],
    description: 'Sende oppdatert medisinliste til hjemmetjenesten',
    user: U.gp,
    dueDay: -16,
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[3],
    description: 'Kontakte NAV-veileder og avtale møte om arbeidsutprøving',
    user: U.coordinator,
    dueDay: 7,
    goalId: stTrial,
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[2],
    description: 'Lage nytt treningsprogram med progresjon',
    user: U.physio,
    dueDay: -20,
    doneDay: -22,
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[2],
    description: 'Føre treningsdagbok og ta den med til fysioterapitimene',
    text: 'Sofie',
    dueDay: 45,
    goalId: stWalk,
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[2],
    description: 'Vurdere om treningen kan flyttes til helsehuset to dager i uka',
    user: U.physio,
    dueDay: 21,
    goalId: stWalk,
  });

  b.meeting('sofie', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'PLANNED',
    day: 60,
    location: 'Fjordvik helsehus, møterom 2',
    groupId: group,
    planId: plan,
    createdBy: U.coordinator,
    agenda: [['Godkjenning av referat fra forrige møte'], ['Oppstart av arbeidsutprøving'], ['Evaluering av planen']],
    invited: [
      [{ user: U.coordinator }, 'ACCEPTED'],
      [{ user: U.gp }, 'NO_ANSWER'],
      [{ user: U.physio }, 'ACCEPTED'],
      [{ person: true }, 'ACCEPTED'],
      [{ relative: 'sofie.anders' }, 'TENTATIVE'],
    ],
  });
  // Yesterday's samarbeidsmøte about the work trial, with the physiotherapist: held, its minutes
  // not written yet, so Ingrid has minutes to write and finalise.
  b.meeting('sofie', {
    type: 'COOPERATION',
    status: 'PLANNED',
    day: -1,
    hour: 10,
    durationMinutes: 60,
    location: 'Fjordvik helsehus, møterom 1',
    planId: plan,
    createdBy: U.coordinator,
    agendaSetWithPerson: true,
    agenda: [['Tilrettelegging på arbeidsplassen'], ['Trening før oppstart']],
    invited: [
      [{ user: U.coordinator }, 'ACCEPTED'],
      [{ user: U.physio }, 'ACCEPTED'],
      [{ person: true }, 'ACCEPTED'],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Kjell Andersen (78): heart failure and early dementia, lives alone. Plan period ends in 20 days.
// ---------------------------------------------------------------------------------------------
function kjell(b: DemoBuilder): void {
  b.addPerson('kjell', { ...P.renewalDue, age: 78, address: ADDR('Nessetvegen 7') });
  b.addRelative('kjell.hilde', 'kjell', { name: 'Hilde Andersen', relation: 'CHILD' });
  grantedPath(b, 'kjell', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Ola Fjeld',
      sourceOrganisation: 'Hjemmetjenesten',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Kjell har hjertesvikt og begynnende demens og bor alene. Han får hjemmesykepleie to ganger daglig, har ' +
        'fastlegeoppfølging og trenger dagsenter og transport. Datteren Hilde bor i nabokommunen og ønsker en ' +
        'fast kontaktperson.',
      consent: 'WRITTEN',
      receivedDay: -420,
    },
    decisionDay: -405,
    grants: { coordinator: true, plan: true },
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    startDay: -400,
    appointedBy: U.unitLeader,
  });
  const consents = b.standardConsents('kjell', {
    givenDay: -346,
    periodStartDay: -345,
    periodEndDay: 20,
    registeredBy: U.coordinator,
    withGroup: true,
  });
  const plan = b.plan('kjell', {
    status: 'ACTIVE',
    periodStartDay: -345,
    periodEndDay: 20,
    nextRevisionDay: 20,
    whatIsImportant: 'Å få bo i huset på Nesset, der jeg har bodd hele livet. Å ha kaffe og avis klar om morgenen.',
    resources: 'Sosial og glad i folk. Datteren Hilde ringer hver dag.',
    needs: 'Hjelp med medisiner, tilsyn, og noe å gå til på dagtid.',
    networkContribution: 'Hilde kjører til legetimer og tar seg av post og regninger.',
    createdBy: U.coordinator,
    createdDay: -346,
  });
  b.lifeAreas(plan, [
    ['HEALTH', 'Hjertesvikt, blir tung i pusten. Glemmer medisiner.', undefined, 'Holde seg frisk nok til å bo hjemme.'],
    ['HOUSING', 'Enebolig med trapp; sover i stua nå.', 'Huset er tilrettelagt med gelender.'],
    ['LEISURE', 'Savner folk å prate med.', undefined, 'Dagsenter to dager i uka.'],
  ]);
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HOUSING',
    description: 'Bo trygt hjemme på Nesset så lenge som mulig.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -345,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'HEALTH',
    description: 'Få på plass trygghetsalarm og medisindispenser.',
    status: 'REACHED',
    targetDay: -280,
    parentId: lt,
    sortOrder: 2,
    createdDay: -345,
  });
  const day = b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'LEISURE',
    description: 'Være på dagsenteret to dager i uka.',
    status: 'IN_PROGRESS',
    targetDay: 20,
    parentId: lt,
    sortOrder: 3,
    createdDay: -345,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Hjemmesykepleie: medisinhåndtering og tilsyn',
    scope: 'Morgen og kveld',
    unitKey: 'homeCare',
    dueDay: 20,
    status: 'ONGOING',
    createdDay: -345,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Oppfølging av hjertesvikt og vurdering av hukommelse',
    scope: 'Kontroll hver sjette uke',
    user: U.gp,
    dueDay: 12,
    status: 'ONGOING',
    createdDay: -345,
  });
  b.measure(plan, {
    goalId: day,
    description: 'Plass på Fjordvik dagsenter med transport',
    scope: 'Tirsdag og torsdag',
    unitKey: 'homeCare',
    dueDay: 20,
    status: 'ONGOING',
    createdDay: -300,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Kjøre Kjell til legetimer og ta seg av post og regninger',
    text: 'Hilde Andersen (datter)',
    status: 'ONGOING',
    createdDay: -345,
  });
  b.evaluation(plan, { scheduledDay: 20 });
  const group = b.group('kjell', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -340,
    lastNeedReviewDay: -120,
    members: [
      [{ user: U.coordinator }, 'Koordinator'],
      [{ user: U.gp }, 'Fastlege'],
      [{ person: true }, 'Planeier'],
      [{ relative: 'kjell.hilde' }, 'Datter'],
      [{ external: 'Inger Dale, Fjordvik dagsenter' }, 'Kontaktperson dagsenter'],
    ],
  });
  const held = b.meeting('kjell', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -120,
    hour: 13,
    location: 'Hjemme hos Kjell, Nessetvegen 7',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -136,
    previousMinutesApproved: true,
    minutesWrittenDay: -118,
    nextMeetingDay: 18,
    nextMeetingTopic: 'Fornyelse av planen for ny periode',
    distribution: 'Ansvarsgruppen og Kjell Andersen',
    createdBy: U.coordinator,
    agenda: [
      ['Godkjenning av referat', 'Godkjent.'],
      ['Hvordan går det hjemme?', 'Kjell trives hjemme. To fall i høst uten skade.', 'Ergoterapeut bes vurdere hjemmet.'],
      ['Dagsenter', 'Kjell liker seg på dagsenteret, særlig torsdager.', 'Fortsetter som før.'],
    ],
    attendance: [
      [{ user: U.coordinator }, true],
      [{ user: U.gp }, true],
      [{ person: true }, true],
      [{ relative: 'kjell.hilde' }, true],
      [{ external: 'Inger Dale, Fjordvik dagsenter' }, false],
    ],
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[1],
    description: 'Be ergoterapeut vurdere fallrisiko og hjelpemidler i hjemmet',
    user: U.coordinator,
    dueDay: -100,
    doneDay: -105,
  });
  b.actionItem(held.id, {
    description: 'Forberede forslag til ny planperiode sammen med Kjell og Hilde',
    user: U.coordinator,
    dueDay: 10,
  });
  b.meeting('kjell', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'PLANNED',
    day: 18,
    hour: 13,
    location: 'Hjemme hos Kjell, Nessetvegen 7',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    createdBy: U.coordinator,
    agenda: [['Godkjenning av referat'], ['Evaluering av planperioden'], ['Fornyelse av planen og nytt samtykke']],
  });
}

// ---------------------------------------------------------------------------------------------
// Astrid Nilsen (67): stroke, home after hospital. Plan without a group.
// ---------------------------------------------------------------------------------------------
function astrid(b: DemoBuilder): void {
  b.addPerson('astrid', { firstName: 'Astrid', lastName: 'Nilsen', age: 67, address: ADDR('Kirkebakken 3') });
  b.addRelative('astrid.rolf', 'astrid', { name: 'Rolf Nilsen', relation: 'SPOUSE' });
  grantedPath(b, 'astrid', {
    referral: {
      sourceKind: 'HOSPITAL',
      sourceName: 'Camilla Ås',
      sourceOrganisation: 'Helse Fjordvik HF, slagenheten',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'Innlagt med hjerneslag. Lammelse i høyre arm og språkvansker (afasi). Planlagt utskrevet til hjemmet om ' +
        'ti dager. Trenger hjemmesykepleie, fysio- og ergoterapi, logoped og hjelpemidler. Melding sendt før utskrivning.',
      consent: 'ORAL',
      receivedDay: -160,
    },
    decisionDay: -152,
    grants: { coordinator: true, plan: true },
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    startDay: -150,
    appointedBy: U.unitLeader,
  });
  // Astrid signed the group consent with the plan's: the responsibility group she wishes, now that
  // home care, therapy and speech training run side by side, is not established yet.
  b.standardConsents('astrid', {
    givenDay: -121,
    periodStartDay: -120,
    periodEndDay: 245,
    registeredBy: U.coordinator,
    withGroup: true,
  });
  const plan = b.plan('astrid', {
    status: 'ACTIVE',
    periodStartDay: -120,
    periodEndDay: 245,
    nextRevisionDay: 40,
    whatIsImportant: 'Å kunne snakke med barnebarna igjen, og å lage mat selv.',
    resources: 'Sta og motivert. Rolf er sprek og hjelper til.',
    needs: 'Trening av arm og språk, tilpasning av kjøkkenet, hjelp til personlig stell om morgenen.',
    createdBy: U.coordinator,
    createdDay: -121,
  });
  b.lifeAreas(plan, [
    ['HEALTH', 'Nedsatt kraft i høyre arm, afasi.', 'Trener hver dag.', 'Snakke bedre.'],
    ['HOUSING', 'Kjøkkenet er vanskelig å bruke med én hånd.', undefined, 'Tilrettelagt kjøkken.'],
  ]);
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HEALTH',
    description: 'Klare personlig stell og enkel matlaging selv.',
    status: 'IN_PROGRESS',
    targetDay: 245,
    sortOrder: 1,
    createdDay: -120,
  });
  const st = b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'HEALTH',
    description: 'Lese høyt en barnebok for barnebarna.',
    status: 'IN_PROGRESS',
    targetDay: 40,
    parentId: lt,
    sortOrder: 2,
    createdDay: -120,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Ergoterapi: vurdering og tilpasning av kjøkken, hjelpemidler',
    unitKey: 'physio',
    dueDay: 14,
    status: 'ONGOING',
    createdDay: -118,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Fysioterapi for arm og gange',
    scope: 'To ganger per uke',
    user: U.physio,
    dueDay: 40,
    status: 'ONGOING',
    createdDay: -118,
  });
  b.measure(plan, {
    goalId: st,
    description: 'Logopedbehandling',
    scope: 'Én gang per uke',
    text: 'Logoped, Helse Fjordvik HF',
    dueDay: 40,
    status: 'ONGOING',
    createdDay: -118,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Hjelp til morgenstell',
    unitKey: 'homeCare',
    status: 'ONGOING',
    createdDay: -118,
  });
  b.evaluation(plan, { scheduledDay: 40 });
}

// ---------------------------------------------------------------------------------------------
// Ragnhild Olsen (84): plan in DRAFT after the start-up meeting.
// ---------------------------------------------------------------------------------------------
function ragnhild(b: DemoBuilder): void {
  b.addPerson('ragnhild', { ...P.draftPlan, age: 84, address: ADDR('Fjellvegen 21') });
  b.addRelative('ragnhild.rune', 'ragnhild', { name: 'Rune Olsen', relation: 'CHILD' });
  grantedPath(b, 'ragnhild', {
    referral: {
      sourceKind: 'RELATIVE',
      sourceName: 'Rune Olsen (sønn)',
      channel: 'ORAL',
      requested: 'BOTH',
      need:
        'Sønnen ringte KE. Ragnhild har Parkinsons sykdom og falt to ganger i høst. Hun har hjemmesykepleie, ' +
        'fysioterapi og er til utredning hos nevrolog. Familien opplever at ingen har oversikten.',
      consent: 'ORAL',
      receivedDay: -50,
    },
    decisionDay: -36,
    grants: { coordinator: true, plan: true },
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    startDay: -30,
    wish: 'Ragnhild ønsker en koordinator som kommer hjem til henne.',
    wishFollowed: true,
    appointedBy: U.unitLeader,
  });
  // Given orally on a home visit: Ingrid heard it at half past one and registered it.
  b.consent('ragnhild', {
    scope: 'INDIVIDUAL_PLAN',
    form: 'ORAL',
    givenDay: -20,
    informed: false,
    registeredBy: U.coordinator,
    heardBy: U.coordinator,
    heardTime: [13, 30],
  });
  const plan = b.plan('ragnhild', {
    status: 'DRAFT',
    whatIsImportant: 'Å kunne gå tur med hunden Bamse hver dag.',
    needs: 'Trygghet mot fall, oversikt over medisiner og avtaler.',
    createdBy: U.coordinator,
    createdDay: -20,
  });
  b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HEALTH',
    description: 'Gå tur med Bamse hver dag uten å falle.',
    status: 'NOT_STARTED',
    sortOrder: 1,
    createdDay: -20,
  });
  b.meeting('ragnhild', {
    type: 'STARTUP',
    status: 'HELD',
    day: -20,
    hour: 11,
    location: 'Hjemme hos Ragnhild, Fjellvegen 21',
    planId: plan,
    agendaSetWithPerson: true,
    minutesWrittenDay: -19,
    createdBy: U.coordinator,
    agenda: [
      ['Hva er viktig for deg?', 'Turene med hunden Bamse.', 'Tas inn som mål i planen.'],
      ['Samtykke', 'Ragnhild ga muntlig samtykke til individuell plan.', 'Registrert.'],
    ],
    attendance: [
      [{ user: U.coordinator }, true],
      [{ person: true }, true],
      [{ relative: 'ragnhild.rune' }, true],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Bjørn Hansen (58): granted, keeps his coordinator but declined the IP.
// ---------------------------------------------------------------------------------------------
function bjorn(b: DemoBuilder): void {
  b.addPerson('bjorn', { ...P.declinedPlan, age: 58, address: ADDR('Havnegata 5') });
  grantedPath(b, 'bjorn', {
    referral: {
      sourceKind: 'GP',
      sourceName: 'Per Aasen',
      sourceOrganisation: 'Fjordvik legesenter',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'KOLS grad 3 og hjertesvikt. Hyppige innleggelser siste år. Mottar hjemmesykepleie og trenger oppfølging ' +
        'fra NAV om uføretrygd. Behov for koordinerte tjenester.',
      consent: 'WRITTEN',
      receivedDay: -100,
    },
    decisionDay: -90,
    grants: { coordinator: true, plan: true },
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    startDay: -85,
    appointedBy: U.unitLeader,
  });
  b.changeForm('bjorn', {
    kind: 'DECLINED_INDIVIDUAL_PLAN',
    reason:
      'Bjørn ønsker ikke individuell plan nå, men vil beholde koordinator som fast kontaktperson. Han er informert ' +
      'om at han kan be om plan senere.',
    effectiveDay: -70,
    submittedBy: U.coordinator,
    submittedDay: -70,
    registeredBy: KE,
    registeredDay: -68,
  });
}

// ---------------------------------------------------------------------------------------------
// Terje Pedersen (45): handover from lars.koordinator to ingrid.koordinator with overlap.
// ---------------------------------------------------------------------------------------------
function terje(b: DemoBuilder): void {
  b.addPerson('terje', { ...P.coordinatorChange, age: 45, address: ADDR('Sjøgata 30') });
  const path = grantedPath(b, 'terje', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Lars Brekke',
      sourceOrganisation: 'Psykisk helse og rus',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Terje har bipolar lidelse og diabetes type 1. Han følges av psykisk helse og rus, DPS og fastlege. ' +
        'Diabetesen er dårlig regulert og han har sår på foten. Tjenestene må samordnes.',
      consent: 'WRITTEN',
      receivedDay: -600,
    },
    decisionDay: -590,
    grants: { coordinator: true, plan: true },
    coordinator: U.mentalHealthCoordinator,
    unitKey: 'mentalHealth',
    startDay: -585,
    endDay: 14,
    endReason: 'Overgang til ny koordinator i hjemmetjenesten; fire ukers overlapp.',
    appointedBy: U.leaderAndCoordinator,
  });
  const to = b.assignment('terje', {
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    decisionId: path.decisionId,
    startDay: -7,
    wish: 'Terje ønsker koordinator fra hjemmetjenesten, som han nå har mest kontakt med.',
    wishFollowed: true,
    appointedBy: U.unitLeader,
  });
  b.changeForm('terje', {
    kind: 'CHANGE_OF_COORDINATOR',
    reason:
      'Etter amputasjon av to tær har Terje daglig kontakt med hjemmesykepleien, og det psykiske er stabilt. ' +
      'Koordinatorrollen overføres til hjemmetjenesten. Lars Brekke og Ingrid Solberg overlapper i fire uker.',
    effectiveDay: -7,
    fromAssignmentId: path.assignmentId,
    toAssignmentId: to,
    submittedBy: U.leaderAndCoordinator,
    submittedDay: -9,
    reportedBy: 'UNIT_LEADER',
  });
  b.standardConsents('terje', {
    givenDay: -221,
    periodStartDay: -220,
    periodEndDay: 145,
    registeredBy: U.mentalHealthCoordinator,
    withGroup: false,
  });
  const plan = b.plan('terje', {
    status: 'ACTIVE',
    periodStartDay: -220,
    periodEndDay: 145,
    nextRevisionDay: 25,
    whatIsImportant: 'Å holde meg stabil, og å komme meg ut på sjøen med båten til sommeren.',
    needs: 'Sårstell, oppfølging av blodsukker og jevn kontakt med psykisk helse.',
    createdBy: U.mentalHealthCoordinator,
    createdDay: -560,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HEALTH',
    description: 'Stabil psykisk helse og godt regulert diabetes.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -220,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'LEISURE',
    description: 'Få båten på sjøen i mai.',
    status: 'NOT_STARTED',
    targetDay: 150,
    parentId: lt,
    sortOrder: 2,
    createdDay: -220,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Sårstell og blodsukkermåling',
    scope: 'Daglig',
    unitKey: 'homeCare',
    status: 'ONGOING',
    createdDay: -60,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Støttesamtaler',
    scope: 'Hver andre uke',
    unitKey: 'mentalHealth',
    status: 'ONGOING',
    createdDay: -220,
  });
}

// ---------------------------------------------------------------------------------------------
// Sigrid Aune (88): coordinator appointed, start-up meeting planned, no plan yet.
// ---------------------------------------------------------------------------------------------
function sigrid(b: DemoBuilder): void {
  b.addPerson('sigrid', { ...P.coordinatorOnly, age: 88, address: ADDR('Aunevegen 3') });
  b.addRelative('sigrid.berit', 'sigrid', { name: 'Berit Aune', relation: 'CHILD' });
  const { decisionId } = grantedPath(b, 'sigrid', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Ola Fjeld',
      sourceOrganisation: 'Hjemmetjenesten',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'Sigrid har nedsatt syn og hørsel, diabetes og hjertesvikt. Hun har hjemmesykepleie, trygghetsalarm og ' +
        'skal få vurdert korttidsopphold. Mange aktører involvert.',
      consent: 'WRITTEN',
      receivedDay: -30,
    },
    decisionDay: -14,
    grants: { coordinator: true, plan: true },
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    startDay: -10,
    appointedBy: U.unitLeader,
  });
  // The daughter appealed: KE kept its decision and sent the appeal on to Statsforvalteren.
  b.appeal('sigrid', decisionId, {
    receivedDay: -8,
    appellant: 'Berit Aune (datter)',
    grounds: 'Vedtaket sier ikke noe om korttidsopphold. Mor trenger plass på sykehjemmet nå, ikke bare en koordinator.',
    outcome: 'SENT_TO_STATSFORVALTEREN',
    outcomeDay: -4,
    outcomeNote: 'Korttidsopphold avgjøres i eget vedtak fra sykehjemmet. KE opprettholder vedtaket og har sendt klagen til Statsforvalteren.',
    registeredBy: U.systemCoordinator,
  });
  b.meeting('sigrid', {
    type: 'STARTUP',
    status: 'PLANNED',
    day: 5,
    hour: 11,
    durationMinutes: 60,
    location: 'Hjemme hos Sigrid, Aunevegen 3',
    agendaSetWithPerson: true,
    createdBy: U.coordinator,
    agenda: [
      ['Forventninger og samarbeid'],
      ['Hva er viktig for deg?'],
      ['Samtykke til plan og informasjonsutveksling'],
      ['Hvem skal delta i arbeidet?'],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Eirik Moen (52): goals reached; plan, coordinator and group closed 40 days ago.
// ---------------------------------------------------------------------------------------------
function eirik(b: DemoBuilder): void {
  b.addPerson('eirik', { ...P.closedPlan, age: 52, address: ADDR('Lundvegen 11') });
  const path = grantedPath(b, 'eirik', {
    referral: {
      sourceKind: 'HOSPITAL',
      sourceName: 'Camilla Ås',
      sourceOrganisation: 'Helse Fjordvik HF, hjerteavdelingen',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'Hjertestans med etterfølgende hypoksisk hjerneskade. Trenger langvarig rehabilitering, oppfølging av ' +
        'fastlege, fysioterapi og NAV.',
      consent: 'WRITTEN',
      receivedDay: -480,
    },
    decisionDay: -470,
    grants: { coordinator: true, plan: true },
    coordinator: U.coordinator,
    unitKey: 'homeCare',
    startDay: -465,
    endDay: -40,
    endReason: 'Planen er avsluttet; Eirik har ikke lenger behov for koordinator.',
    appointedBy: U.unitLeader,
  });
  const consents = b.standardConsents('eirik', {
    givenDay: -451,
    periodStartDay: -450,
    periodEndDay: -40,
    registeredBy: U.coordinator,
    withGroup: true,
  });
  const plan = b.plan('eirik', {
    status: 'CLOSED',
    periodStartDay: -450,
    periodEndDay: -40,
    whatIsImportant: 'Å komme tilbake i jobb som elektriker.',
    createdBy: U.coordinator,
    createdDay: -451,
    closedDay: -40,
    closedReason:
      'Målene i planen er nådd. Eirik er tilbake i full jobb og ønsker ikke videre oppfølging. Avsluttet etter avtale med Eirik.',
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'WORK',
    description: 'Tilbake i full stilling som elektriker.',
    status: 'REACHED',
    targetDay: -60,
    sortOrder: 1,
    createdDay: -450,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Fysioterapi og opptrening',
    user: U.physio,
    dueDay: -90,
    status: 'DONE',
    createdDay: -450,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Gradert arbeidsutprøving',
    unitKey: 'nav',
    dueDay: -60,
    status: 'DONE',
    createdDay: -300,
  });
  b.evaluation(plan, {
    scheduledDay: -45,
    heldDay: -45,
    goalsReached: 'Eirik har vært i full jobb i to måneder.',
    servicesWork: 'Tjenestene er avsluttet etter plan.',
    ownerExperience: 'Eirik er fornøyd og takker for samarbeidet.',
    conclusion: 'Planen avsluttes.',
    evaluatedBy: U.coordinator,
  });
  const group = b.group('eirik', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -440,
    closedDay: -40,
    members: [
      [{ user: U.coordinator }, 'Koordinator', { leftDay: -40 }],
      [{ user: U.physio }, 'Fysioterapeut', { leftDay: -40 }],
      [{ person: true }, 'Planeier', { leftDay: -40 }],
    ],
  });
  b.meeting('eirik', {
    type: 'EVALUATION',
    status: 'HELD',
    day: -45,
    location: 'Fjordvik helsehus, møterom 1',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -60,
    previousMinutesApproved: true,
    minutesWrittenDay: -44,
    distribution: 'Ansvarsgruppen og Eirik Moen',
    createdBy: U.coordinator,
    agenda: [
      ['Evaluering av målene', 'Målene er nådd.', 'Planen avsluttes.'],
      ['Avslutning av ansvarsgruppen', 'Alle er enige om at gruppen ikke lenger trengs.', 'Endringsskjema sendes KE.'],
    ],
    attendance: [
      [{ user: U.coordinator }, true],
      [{ user: U.physio }, true],
      [{ person: true }, true],
    ],
  });
  const common = { effectiveDay: -40, submittedBy: U.coordinator, submittedDay: -40, registeredBy: KE, registeredDay: -37 };
  b.changeForm('eirik', {
    ...common,
    kind: 'CLOSING_INDIVIDUAL_PLAN',
    planId: plan,
    reason: 'Målene er nådd, og Eirik ønsker å avslutte planen.',
  });
  b.changeForm('eirik', {
    ...common,
    kind: 'CLOSING_COORDINATOR',
    fromAssignmentId: path.assignmentId,
    reason: 'Ikke lenger behov for koordinator.',
  });
  b.changeForm('eirik', {
    ...common,
    kind: 'CLOSING_RESPONSIBILITY_GROUP',
    groupId: group,
    reason: 'Ansvarsgruppen avsluttes sammen med planen.',
  });
}

// ---------------------------------------------------------------------------------------------
// Maria Kristiansen (27): psychosis and substance use. Coordinator nina.leder; crisis plan.
// ---------------------------------------------------------------------------------------------
function maria(b: DemoBuilder): void {
  b.addPerson('maria', { firstName: 'Maria', lastName: 'Kristiansen', age: 27, address: ADDR('Brygga 2B') });
  b.addRelative('maria.elin', 'maria', { name: 'Elin Kristiansen', relation: 'PARENT' });
  grantedPath(b, 'maria', {
    referral: {
      sourceKind: 'HOSPITAL',
      sourceName: 'Camilla Ås',
      sourceOrganisation: 'Helse Fjordvik HF, DPS Fjordvik',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'Maria har en psykoselidelse og et samtidig rusproblem. Hun trenger bolig, oppfølging fra psykisk helse ' +
        'og rus, DPS og NAV. Flere innleggelser siste år.',
      consent: 'WRITTEN',
      receivedDay: -300,
    },
    decisionDay: -290,
    grants: { coordinator: true, plan: true },
    coordinator: U.leaderAndCoordinator,
    unitKey: 'mentalHealth',
    startDay: -285,
    wish: 'Maria ønsker en kvinnelig koordinator.',
    wishFollowed: true,
    appointedBy: U.leaderAndCoordinator,
  });
  const consents = b.standardConsents('maria', {
    givenDay: -261,
    periodStartDay: -260,
    periodEndDay: 105,
    registeredBy: U.leaderAndCoordinator,
    withGroup: true,
  });
  const plan = b.plan('maria', {
    status: 'ACTIVE',
    periodStartDay: -260,
    periodEndDay: 105,
    nextRevisionDay: 30,
    whatIsImportant: 'Å ha min egen leilighet, og å få ha kontakt med lillesøsteren min.',
    needs: 'Trygg bolig, jevn behandling, og hjelp når det begynner å gå dårlig.',
    createdBy: U.leaderAndCoordinator,
    createdDay: -261,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HOUSING',
    description: 'Bo i egen leilighet med oppfølging.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -260,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'HEALTH',
    description: 'Ingen akuttinnleggelser de neste tre månedene.',
    status: 'IN_PROGRESS',
    targetDay: 30,
    parentId: lt,
    sortOrder: 2,
    createdDay: -100,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Booppfølging i egen leilighet',
    scope: 'Tre besøk per uke',
    unitKey: 'mentalHealth',
    status: 'ONGOING',
    createdDay: -200,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Medisinsk behandling og samtaler ved DPS',
    text: 'DPS Fjordvik, Helse Fjordvik HF',
    status: 'ONGOING',
    createdDay: -260,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Økonomisk rådgivning og arbeidsavklaring',
    unitKey: 'nav',
    dueDay: 30,
    status: 'ONGOING',
    createdDay: -260,
  });
  b.subPlan(plan, { kind: 'CRISIS_PLAN', title: 'Kriseplan: tidlige tegn og hva som hjelper', ownerUnitKey: 'mentalHealth', createdDay: -250 });
  const group = b.group('maria', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -255,
    lastNeedReviewDay: -45,
    members: [
      [{ user: U.leaderAndCoordinator }, 'Koordinator'],
      [{ user: U.hospitalNurse }, 'Sykepleier, DPS'],
      [{ person: true }, 'Planeier'],
      [{ relative: 'maria.elin' }, 'Mor'],
      [{ external: 'Veileder, NAV Fjordvik', email: 'veileder@nav.example' }, 'NAV'],
    ],
  });
  const held = b.meeting('maria', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -45,
    location: 'Psykisk helse og rus, Torget 4',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -60,
    previousMinutesApproved: true,
    minutesWrittenDay: -44,
    nextMeetingDay: 45,
    nextMeetingTopic: 'Evaluering av kriseplanen',
    distribution: 'Ansvarsgruppen og Maria Kristiansen',
    createdBy: U.leaderAndCoordinator,
    agenda: [
      ['Godkjenning av referat', 'Godkjent.'],
      ['Bolig', 'Maria trives i leiligheten. Naboklage i høst er løst.', 'Booppfølging fortsetter.'],
      ['Kriseplan', 'Maria kjenner igjen tidlige tegn bedre nå.', 'Kriseplanen oppdateres med nytt telefonnummer til DPS.'],
    ],
    attendance: [
      [{ user: U.leaderAndCoordinator }, true],
      [{ user: U.hospitalNurse }, true],
      [{ person: true }, true],
      [{ relative: 'maria.elin' }, false],
      [{ external: 'Veileder, NAV Fjordvik', email: 'veileder@nav.example' }, true],
    ],
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[2],
    description: 'Oppdatere kriseplanen med nytt telefonnummer til DPS',
    user: U.leaderAndCoordinator,
    dueDay: -30,
    doneDay: -38,
  });
}

// ---------------------------------------------------------------------------------------------
// Daniel Jakobsen (31): ADHD and substance use; housing and work. Coordinator nina.leder.
// ---------------------------------------------------------------------------------------------
function daniel(b: DemoBuilder): void {
  b.addPerson('daniel', { firstName: 'Daniel', lastName: 'Jakobsen', age: 31, address: ADDR('Torget 9') });
  grantedPath(b, 'daniel', {
    referral: {
      sourceKind: 'PERSON',
      sourceName: 'Daniel Jakobsen',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Jeg har ADHD og har slitt med rus. Nå er jeg rusfri i fire måneder og vil ha hjelp til å få jobb og ' +
        'et sted å bo. Jeg har kontakt med NAV, fastlegen og psykisk helse, men det henger ikke sammen.',
      consent: 'WRITTEN',
      receivedDay: -200,
    },
    decisionDay: -185,
    grants: { coordinator: true, plan: true },
    coordinator: U.leaderAndCoordinator,
    unitKey: 'mentalHealth',
    startDay: -180,
    appointedBy: U.leaderAndCoordinator,
  });
  b.standardConsents('daniel', {
    givenDay: -151,
    periodStartDay: -150,
    periodEndDay: 215,
    registeredBy: U.leaderAndCoordinator,
    withGroup: false,
  });
  const plan = b.plan('daniel', {
    status: 'ACTIVE',
    periodStartDay: -150,
    periodEndDay: 215,
    nextRevisionDay: 35,
    whatIsImportant: 'Å ha en jobb å gå til og en leilighet jeg kan ha datteren min på besøk i.',
    createdBy: U.leaderAndCoordinator,
    createdDay: -151,
  });
  const work = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'WORK',
    description: 'Fast jobb i minst 60 % stilling.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -150,
  });
  const house = b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'HOUSING',
    description: 'Flytte inn i kommunal leilighet med to soverom.',
    status: 'IN_PROGRESS',
    targetDay: 35,
    sortOrder: 2,
    createdDay: -150,
  });
  b.measure(plan, {
    goalId: work,
    description: 'Arbeidsrettet oppfølging (IPS)',
    unitKey: 'nav',
    status: 'ONGOING',
    createdDay: -150,
  });
  b.measure(plan, {
    goalId: house,
    description: 'Søknad om kommunal bolig',
    text: 'Boligkontoret, Fjordvik kommune',
    dueDay: 35,
    status: 'ONGOING',
    createdDay: -150,
  });
  b.measure(plan, {
    goalId: work,
    description: 'Samtaler om rusmestring',
    scope: 'Hver uke',
    unitKey: 'mentalHealth',
    status: 'ONGOING',
    createdDay: -150,
  });
}

// ---------------------------------------------------------------------------------------------
// Kristoffer Lund (38): INFORMATION_EXCHANGE consent withdrawn; per.lege is in the group.
// ---------------------------------------------------------------------------------------------
function kristoffer(b: DemoBuilder): void {
  b.addPerson('kristoffer', { ...P.withdrawnExchangeConsent, age: 38, address: ADDR('Skolegata 12') });
  grantedPath(b, 'kristoffer', {
    referral: {
      sourceKind: 'GP',
      sourceName: 'Per Aasen',
      sourceOrganisation: 'Fjordvik legesenter',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'Langvarig depresjon og kroniske smerter etter arbeidsulykke. Sykmeldt i over ett år. Følges av fastlege, ' +
        'psykisk helse og NAV; behov for samordning.',
      consent: 'WRITTEN',
      receivedDay: -330,
    },
    decisionDay: -320,
    grants: { coordinator: true, plan: true },
    coordinator: U.mentalHealthCoordinator,
    unitKey: 'mentalHealth',
    startDay: -315,
    appointedBy: U.leaderAndCoordinator,
  });
  const consents = b.standardConsents('kristoffer', {
    givenDay: -292,
    periodStartDay: -290,
    periodEndDay: 75,
    registeredBy: U.mentalHealthCoordinator,
    withGroup: true,
  });
  // Withdrawn 12 days ago: takes effect at once.
  const exchange = b.rows.consents.find((c) => c.id === consents.exchange);
  if (exchange) {
    exchange.withdrawnAt = b.cal.at(-12, 14);
    exchange.withdrawnNote =
      'Kristoffer trakk samtykket til informasjonsutveksling i samtale med koordinator og bekreftet det skriftlig. ' +
      'Han ønsker ikke at opplysninger deles mellom tjenesteyterne før han har fått gjennomgått hva som er delt. ' +
      'Gjelder fra i dag.';
  }
  const plan = b.plan('kristoffer', {
    status: 'ACTIVE',
    periodStartDay: -290,
    periodEndDay: 75,
    nextRevisionDay: 20,
    whatIsImportant: 'Å få tilbake energien, og å kunne være med guttene på fotballtrening.',
    createdBy: U.mentalHealthCoordinator,
    createdDay: -292,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HEALTH',
    description: 'Mindre smerter og bedre humør, slik at hverdagen fungerer.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -290,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Smertebehandling og oppfølging av depresjon',
    user: U.gp,
    dueDay: 14,
    status: 'ONGOING',
    createdDay: -290,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Samtaleterapi',
    scope: 'Hver andre uke',
    unitKey: 'mentalHealth',
    status: 'ONGOING',
    createdDay: -290,
  });
  b.subPlan(plan, {
    kind: 'TREATMENT_PLAN',
    title: 'Behandlingsplan, smerteklinikken',
    ownerUnitKey: 'hospital',
    externalReference: 'Helse Fjordvik HF, smerteklinikken',
    createdDay: -200,
  });
  const group = b.group('kristoffer', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -280,
    lastNeedReviewDay: -100,
    members: [
      [{ user: U.mentalHealthCoordinator }, 'Koordinator'],
      [{ user: U.gp }, 'Fastlege'],
      [{ person: true }, 'Planeier'],
      [{ external: 'Veileder, NAV Fjordvik', email: 'veileder@nav.example' }, 'NAV'],
    ],
  });
  b.meeting('kristoffer', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -100,
    location: 'Fjordvik legesenter',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -115,
    previousMinutesApproved: true,
    minutesWrittenDay: -99,
    nextMeetingDay: 20,
    nextMeetingTopic: 'Hva som deles, og videre samarbeid',
    distribution: 'Ansvarsgruppen og Kristoffer Lund',
    createdBy: U.mentalHealthCoordinator,
    agenda: [
      ['Godkjenning av referat', 'Godkjent.'],
      ['Smerter og behandling', 'Henvisning til smerteklinikken er sendt.', 'Fastlegen følger opp.'],
    ],
    attendance: [
      [{ user: U.mentalHealthCoordinator }, true],
      [{ user: U.gp }, true],
      [{ person: true }, true],
      [{ external: 'Veileder, NAV Fjordvik', email: 'veileder@nav.example' }, true],
    ],
  });
  b.meeting('kristoffer', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'PLANNED',
    day: 20,
    location: 'Psykisk helse og rus, Torget 4',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    createdBy: U.mentalHealthCoordinator,
    agenda: [['Hva deles, og med hvem?'], ['Nytt samtykke til informasjonsutveksling?']],
  });
}

// ---------------------------------------------------------------------------------------------
// Henrik Larsen (40): granted, declined the coordinator.
// ---------------------------------------------------------------------------------------------
function henrik(b: DemoBuilder): void {
  b.addPerson('henrik', { ...P.declinedCoordinator, age: 40, address: ADDR('Bakkegata 8') });
  grantedPath(b, 'henrik', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Trond Eide',
      sourceOrganisation: 'NAV Fjordvik',
      channel: 'WRITTEN',
      requested: 'COORDINATOR',
      need: 'Henrik har epilepsi og lese- og skrivevansker og mottar tjenester fra NAV, fastlege og nevrolog.',
      consent: 'WRITTEN',
      receivedDay: -80,
    },
    decisionDay: -60,
    grants: { coordinator: true, plan: true },
  });
  b.changeForm('henrik', {
    kind: 'DECLINED_COORDINATOR',
    reason:
      'Henrik takker nei til koordinator. Han har god oversikt selv og fast kontakt med NAV-veileder. Han er ' +
      'informert om at han kan ta kontakt igjen dersom behovet endrer seg.',
    effectiveDay: -45,
    submittedBy: KE,
    submittedDay: -45,
    registeredBy: KE,
    registeredDay: -45,
  });
}

// ---------------------------------------------------------------------------------------------
// Thomas Bakke (23): autism and intellectual disability; his guardian (verge) Grete Bakke.
// ---------------------------------------------------------------------------------------------
function thomas(b: DemoBuilder): void {
  b.addPerson('thomas', { firstName: 'Thomas', lastName: 'Bakke', age: 23, address: ADDR('Solbakken bofellesskap, Solbakken 4') });
  b.addRelative('thomas.grete', 'thomas', { name: 'Grete Bakke', relation: 'GUARDIAN', isGuardian: true });
  grantedPath(b, 'thomas', {
    referral: {
      sourceKind: 'RELATIVE',
      sourceName: 'Grete Bakke (verge)',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Thomas har autisme og utviklingshemming og skal flytte fra foreldrehjemmet til bofellesskap. Han trenger ' +
        'tjenester fra tjenester for funksjonshemmede, fastlege, NAV og dagaktivitet.',
      consent: 'WRITTEN',
      receivedDay: -700,
    },
    decisionDay: -690,
    grants: { coordinator: true, plan: true },
    coordinator: U.disabilityCoordinator,
    unitKey: 'disability',
    startDay: -685,
    appointedBy: 'lise.leder',
  });
  const consents = b.standardConsents('thomas', {
    givenDay: -101,
    periodStartDay: -100,
    periodEndDay: 265,
    registeredBy: U.disabilityCoordinator,
    givenByRelative: 'thomas.grete',
    withGroup: true,
  });
  const plan = b.plan('thomas', {
    status: 'ACTIVE',
    periodStartDay: -100,
    periodEndDay: 265,
    nextRevisionDay: 80,
    whatIsImportant: 'Thomas: «Tog. Og at det er de samme folkene på jobb.» Forutsigbarhet og kjente personer.',
    languageAndCulture: 'Thomas bruker bildestøtte (piktogrammer). Planen finnes også i en forenklet versjon med bilder.',
    createdBy: U.disabilityCoordinator,
    createdDay: -600,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HOUSING',
    description: 'Trives i egen leilighet i bofellesskapet.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -100,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'WORK',
    description: 'Delta på arbeidssenteret fire dager i uka.',
    status: 'IN_PROGRESS',
    targetDay: 60,
    parentId: lt,
    sortOrder: 2,
    createdDay: -100,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Fast personale og ukeplan med bilder',
    unitKey: 'disability',
    status: 'ONGOING',
    createdDay: -100,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Årlig helsekontroll for personer med utviklingshemming',
    user: U.gp,
    dueDay: 50,
    status: 'PLANNED',
    createdDay: -100,
  });
  b.subPlan(plan, { kind: 'MEASURE_PLAN', title: 'Tiltaksplan for bolig og dagaktivitet', ownerUnitKey: 'disability', createdDay: -95 });
  const group = b.group('thomas', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -600,
    lastNeedReviewDay: -80,
    members: [
      [{ user: U.disabilityCoordinator }, 'Koordinator'],
      [{ user: U.gp }, 'Fastlege'],
      [{ person: true }, 'Planeier'],
      [{ relative: 'thomas.grete' }, 'Verge'],
      [{ external: 'Arbeidsleder, Fjordvik arbeidssenter' }, 'Dagaktivitet'],
    ],
  });
  b.meeting('thomas', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -80,
    location: 'Solbakken bofellesskap',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -96,
    previousMinutesApproved: true,
    minutesWrittenDay: -79,
    nextMeetingDay: 100,
    distribution: 'Ansvarsgruppen, Thomas Bakke og Grete Bakke',
    createdBy: U.disabilityCoordinator,
    agenda: [
      ['Godkjenning av referat', 'Godkjent.'],
      ['Hvordan har Thomas det i leiligheten?', 'Thomas trives, men reagerer på nye vikarer.', 'Vikarer introduseres med bilde på forhånd.'],
    ],
    attendance: [
      [{ user: U.disabilityCoordinator }, true],
      [{ user: U.gp }, false],
      [{ person: true }, true],
      [{ relative: 'thomas.grete' }, true],
      [{ external: 'Arbeidsleder, Fjordvik arbeidssenter' }, true],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Linda Sørensen (49): MS. Her information-exchange consent excludes Fysio- og ergoterapi,
// although siri.fysio is in her group and treats her.
// ---------------------------------------------------------------------------------------------
function linda(b: DemoBuilder): void {
  b.addPerson('linda', { ...P.physioRestricted, age: 49, address: ADDR('Elvegata 17') });
  grantedPath(b, 'linda', {
    referral: {
      sourceKind: 'PERSON',
      sourceName: 'Linda Sørensen',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Jeg har multippel sklerose og blir gradvis dårligere. Jeg har fysioterapi, hjemmehjelp, hjelpemidler og ' +
        'kontakt med NAV og nevrolog, og trenger hjelp til å få det til å henge sammen.',
      consent: 'WRITTEN',
      receivedDay: -380,
    },
    decisionDay: -370,
    grants: { coordinator: true, plan: true },
    coordinator: U.disabilityCoordinator,
    unitKey: 'disability',
    startDay: -365,
    appointedBy: 'lise.leder',
  });
  const consents = b.standardConsents('linda', {
    givenDay: -331,
    periodStartDay: -330,
    periodEndDay: 35,
    registeredBy: U.disabilityCoordinator,
    withGroup: true,
  });
  b.restriction(consents.exchange, {
    kind: 'PROFESSIONAL_ENVIRONMENT',
    unitKey: 'physio',
    description:
      'Linda ønsker ikke at opplysninger fra planen eller fra andre tjenester deles med Fysio- og ergoterapi. ' +
      'Hun gir selv fysioterapeuten de opplysningene som trengs i behandlingen.',
  });
  const plan = b.plan('linda', {
    status: 'ACTIVE',
    periodStartDay: -330,
    periodEndDay: 35,
    nextRevisionDay: 35,
    whatIsImportant: 'Å bestemme selv, og å kunne fortsette i jobben på biblioteket så lenge det går.',
    createdBy: U.disabilityCoordinator,
    createdDay: -331,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'WORK',
    description: 'Fortsette i 40 % stilling på Fjordvik bibliotek.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -330,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Fysioterapi i varmtvannsbasseng',
    scope: 'Én gang per uke',
    user: U.physio,
    status: 'ONGOING',
    createdDay: -330,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Tilrettelegging av arbeidsplassen',
    unitKey: 'nav',
    dueDay: 25,
    status: 'ONGOING',
    createdDay: -200,
  });
  const group = b.group('linda', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -320,
    lastNeedReviewDay: -90,
    members: [
      [{ user: U.disabilityCoordinator }, 'Koordinator'],
      [{ user: U.physio }, 'Fysioterapeut'],
      [{ person: true }, 'Planeier'],
      [{ external: 'MS-sykepleier, Helse Fjordvik HF' }, 'Spesialisthelsetjenesten'],
    ],
  });
  b.meeting('linda', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -90,
    location: 'Fjordvik helsehus, møterom 1',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -105,
    previousMinutesApproved: true,
    minutesWrittenDay: -89,
    nextMeetingDay: -20,
    distribution: 'Ansvarsgruppen og Linda Sørensen',
    createdBy: U.disabilityCoordinator,
    agenda: [
      ['Godkjenning av referat', 'Godkjent.'],
      ['Arbeid', 'Linda klarer 40 % med tilrettelegging.', 'NAV følger opp tilretteleggingen.'],
    ],
    attendance: [
      [{ user: U.disabilityCoordinator }, true],
      [{ user: U.physio }, true],
      [{ person: true }, true],
      [{ external: 'MS-sykepleier, Helse Fjordvik HF' }, false],
    ],
  });
  b.meeting('linda', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'CANCELLED',
    day: -20,
    location: 'Fjordvik helsehus, møterom 1',
    groupId: group,
    planId: plan,
    createdBy: U.disabilityCoordinator,
  });
}

// ---------------------------------------------------------------------------------------------
// Younes Karimi (24): arrived as a refugee; Arabic, interpreter. Coordinator ahmed.koordinator (NAV).
// ---------------------------------------------------------------------------------------------
function younes(b: DemoBuilder): void {
  b.addPerson('younes', {
    firstName: 'Younes',
    lastName: 'Karimi',
    age: 24,
    address: ADDR('Fjordgata 40'),
    preferredLanguage: 'ar',
    needsInterpreter: true,
  });
  grantedPath(b, 'younes', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Trond Eide',
      sourceOrganisation: 'NAV Fjordvik',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Younes kom til Fjordvik for ett år siden. Han har posttraumatiske plager og en kneskade, deltar i ' +
        'introduksjonsprogrammet og trenger samordnet oppfølging fra NAV, psykisk helse, fastlege og fysioterapi.',
      consent: 'WRITTEN',
      receivedDay: -150,
    },
    decisionDay: -140,
    grants: { coordinator: true, plan: true },
    coordinator: 'ahmed.koordinator',
    unitKey: 'nav',
    startDay: -135,
    wish: 'Ønsker koordinator som snakker arabisk.',
    wishFollowed: true,
    appointedBy: 'trond.leder',
  });
  b.standardConsents('younes', {
    givenDay: -111,
    periodStartDay: -110,
    periodEndDay: 255,
    registeredBy: 'ahmed.koordinator',
    withGroup: false,
  });
  const plan = b.plan('younes', {
    status: 'ACTIVE',
    periodStartDay: -110,
    periodEndDay: 255,
    nextRevisionDay: 70,
    whatIsImportant: 'Å lære norsk godt nok til å ta fagbrev som bilmekaniker.',
    languageAndCulture:
      'Younes snakker arabisk og lærer norsk. Tolk brukes i alle møter. Planen er oversatt til arabisk.',
    createdBy: 'ahmed.koordinator',
    createdDay: -111,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'EDUCATION',
    description: 'Ta fagbrev som bilmekaniker.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -110,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'EDUCATION',
    description: 'Bestå norskprøven på nivå B1.',
    status: 'IN_PROGRESS',
    targetDay: 120,
    parentId: lt,
    sortOrder: 2,
    createdDay: -110,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Introduksjonsprogram og norskopplæring',
    unitKey: 'nav',
    status: 'ONGOING',
    createdDay: -110,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Traumebehandling med tolk',
    unitKey: 'mentalHealth',
    status: 'ONGOING',
    createdDay: -110,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Opptrening av kneet',
    user: U.physio,
    dueDay: 30,
    status: 'ONGOING',
    createdDay: -100,
  });
}

