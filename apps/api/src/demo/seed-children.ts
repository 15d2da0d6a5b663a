// Children (and one unborn child) with a child coordinator. Consents are given by a guardian.
import type { DemoBuilder } from './seed-builder';
import { DEMO_PERSONS as P, DEMO_USERNAMES as U } from './personas';
import { grantedPath } from './seed-paths';

const ADDR = (street: string) => `${street}, 9998 Fjordvik`;
const JONAS = U.childCoordinator;

export function buildChildren(b: DemoBuilder): void {
  emil(b);
  unborn(b);
  nora(b);
  jakob(b);
  oskar(b);
  maja(b);
}

// ---------------------------------------------------------------------------------------------
// Emil Dahl (9): epilepsy and autism. Guardian Mona Dahl (user mona.verge) gives the consents.
// ---------------------------------------------------------------------------------------------
function emil(b: DemoBuilder): void {
  b.addPerson('emil', { ...P.guardianChild, age: 9, address: ADDR('Måkevegen 6') });
  const monaUser = b.citizenUser({ username: U.guardian, name: 'Mona Dahl', email: 'mona.dahl@epost.example' });
  b.addRelative('emil.mona', 'emil', {
    name: 'Mona Dahl',
    relation: 'PARENT',
    isGuardian: true,
    email: 'mona.dahl@epost.example',
    userId: monaUser,
  });
  b.addRelative('emil.stian', 'emil', { name: 'Stian Dahl', relation: 'PARENT', isGuardian: true });

  grantedPath(b, 'emil', {
    referral: {
      sourceKind: 'RELATIVE',
      sourceName: 'Mona Dahl (mor)',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Emil har epilepsi og autismespekterforstyrrelse. Han følges av barneavdelingen, fastlege, helsesykepleier ' +
        'og PPT, og skal begynne på skolen. Vi foreldre bruker mye tid på å koordinere alle avtalene og ønsker ' +
        'barnekoordinator og individuell plan.',
      consent: 'WRITTEN',
      receivedDay: -520,
    },
    decisionDay: -505,
    grants: { childCoordinator: true, plan: true },
    coordinator: JONAS,
    unitKey: 'childHealth',
    startDay: -500,
    wish: 'Foreldrene ønsker koordinator fra helsestasjonen, som kjenner Emil fra før.',
    wishFollowed: true,
    appointedBy: 'berit.leder',
  });

  const consents = b.standardConsents('emil', {
    givenDay: -241,
    periodStartDay: -240,
    periodEndDay: 125,
    registeredBy: JONAS,
    givenByRelative: 'emil.mona',
    withGroup: true,
  });
  const plan = b.plan('emil', {
    status: 'ACTIVE',
    periodStartDay: -240,
    periodEndDay: 125,
    nextRevisionDay: 10,
    whatIsImportant:
      'Emil: «Lego, og at friminuttet ikke er så bråkete.» Mona og Stian: at Emil er trygg på skolen og har en ' +
      'venn, og at vi som familie får litt pusterom.',
    resources: 'Emil er flink med tall og bygger avanserte lego-modeller. Foreldrene er godt informert om diagnosene.',
    needs: 'Forutsigbar skoledag, trygg håndtering av anfall, avlastning for familien.',
    networkContribution: 'Besteforeldrene har Emil en ettermiddag i uka.',
    cooperationNeeds: 'Samarbeid med barneavdelingen, Helse Fjordvik HF, og PPT.',
    createdBy: JONAS,
    createdDay: -470,
  });
  b.lifeAreas(plan, [
    ['HEALTH', 'Anfall omtrent én gang i måneden, oftest om morgenen.', 'Godt medisinert.', 'Færre anfall.'],
    ['EDUCATION', '4. trinn ved Fjordvik skole med assistent deler av dagen.', 'Sterk i matematikk.', 'Rolige friminutt.'],
    ['FAMILY_NETWORK', 'Bor med mor, far og lillesøster.', 'Besteforeldre i nærheten.', 'Avlastning én helg i måneden.'],
    ['LEISURE', 'Liker lego og svømming.', undefined, 'Prøve lego-klubben på biblioteket.'],
  ]);
  const school = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'EDUCATION',
    description: 'Emil har en trygg og forutsigbar skolehverdag og en venn å være sammen med.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -240,
  });
  const family = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'FAMILY_NETWORK',
    description: 'Familien har overskudd i hverdagen.',
    status: 'IN_PROGRESS',
    sortOrder: 2,
    createdDay: -240,
  });
  // A matter named with an environment: the family's goal is not for the school.
  b.restriction(consents.exchange, {
    kind: 'MATTER',
    goalId: family,
    unitKey: 'school',
    description: 'Målet om familiens hverdag deles ikke med skolen; det følges opp av barnekoordinator og fastlege.',
  });
  const breaks = b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'EDUCATION',
    description: 'Delta i en organisert friminuttaktivitet tre dager i uka.',
    status: 'IN_PROGRESS',
    targetDay: 40,
    parentId: school,
    sortOrder: 3,
    createdDay: -240,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'HEALTH',
    description: 'Alle voksne rundt Emil på skolen vet hva de skal gjøre ved anfall.',
    status: 'REACHED',
    targetDay: -200,
    parentId: school,
    sortOrder: 4,
    createdDay: -240,
  });
  b.measure(plan, {
    goalId: school,
    description: 'Individuell opplæringsplan (IOP) og spesialundervisning i matematikk og norsk',
    scope: 'Fem timer per uke',
    unitKey: 'school',
    dueDay: 125,
    status: 'ONGOING',
    createdDay: -240,
  });
  b.measure(plan, {
    goalId: breaks,
    description: 'Assistent i friminutt og overganger',
    howCarriedOut: 'Fast assistent; bildestøtte for dagsplanen.',
    user: U.teacher,
    dueDay: 40,
    status: 'ONGOING',
    createdDay: -240,
  });
  b.measure(plan, {
    goalId: family,
    description: 'Avlastning i barnebolig',
    scope: 'Én helg per måned',
    unitKey: 'disability',
    status: 'ONGOING',
    createdDay: -200,
  });
  b.measure(plan, {
    goalId: school,
    description: 'Oppfølging av epilepsi og medisiner',
    user: U.gp,
    dueDay: 20,
    status: 'ONGOING',
    createdDay: -240,
  });
  b.measure(plan, {
    goalId: school,
    description: 'Opplæring av skolens personale i håndtering av anfall og akuttmedisin',
    user: 'hege.helsesykepleier',
    dueDay: -200,
    status: 'DONE',
    createdDay: -240,
  });
  b.measure(plan, {
    goalId: family,
    description: 'Føre anfallsdagbok og ta den med til kontroll',
    text: 'Mona og Stian Dahl',
    status: 'ONGOING',
    createdDay: -240,
  });
  b.evaluation(plan, {
    scheduledDay: -50,
    heldDay: -50,
    goalsReached: 'Personalet er lært opp. Friminuttaktiviteten er i gang to dager i uka.',
    servicesWork: 'Avlastningen fungerer godt; skolen ønsker mer veiledning fra PPT.',
    ownerExperience: 'Mona og Stian opplever at de slipper å være bindeledd mellom alle.',
    conclusion: 'Målene videreføres. Ny vurdering før overgangen til 5. trinn.',
    evaluatedBy: JONAS,
  });
  b.evaluation(plan, { scheduledDay: 10 });
  b.subPlan(plan, {
    kind: 'IOP',
    title: 'Individuell opplæringsplan, 4. trinn',
    ownerUnitKey: 'school',
    createdDay: -230,
  });

  const group = b.group('emil', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -470,
    lastNeedReviewDay: -50,
    members: [
      [{ user: JONAS }, 'Barnekoordinator'],
      [{ user: U.gp }, 'Fastlege'],
      [{ user: U.teacher }, 'Kontaktlærer, Fjordvik skole'],
      [{ user: 'hege.helsesykepleier' }, 'Helsesykepleier'],
      [{ relative: 'emil.mona' }, 'Mor'],
      [{ relative: 'emil.stian' }, 'Far'],
    ],
  });
  const held = b.meeting('emil', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -50,
    hour: 14,
    location: 'Fjordvik skole, møterom 2. etasje',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -66,
    previousMinutesApproved: true,
    minutesWrittenDay: -48,
    nextMeetingDay: 10,
    nextMeetingTopic: 'Overgang til 5. trinn og evaluering av planen',
    distribution: 'Ansvarsgruppen, Mona og Stian Dahl',
    createdBy: JONAS,
    agenda: [
      ['Godkjenning av referat fra forrige møte', 'Godkjent.'],
      [
        'Skolehverdagen',
        'Tone Kvam orienterte: Emil har fått en fast venn i klassen. Friminuttene er fortsatt krevende.',
        'Organisert friminuttaktivitet utvides til tre dager.',
      ],
      ['Epilepsi', 'Ett anfall på skolen siden sist, håndtert etter planen.', 'Ingen endring i medisiner.'],
      ['Avlastning', 'Familien er fornøyd med avlastningen.', 'Fortsetter.'],
    ],
    attendance: [
      [{ user: JONAS }, true],
      [{ user: U.gp }, true],
      [{ user: U.teacher }, true],
      [{ user: 'hege.helsesykepleier' }, false],
      [{ relative: 'emil.mona' }, true],
      [{ relative: 'emil.stian' }, true],
    ],
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[1],
    description: 'Lage plan for organisert friminuttaktivitet tre dager i uka',
    user: U.teacher,
    dueDay: -30,
    doneDay: -33,
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[1],
    description: 'Be PPT om veiledning til skolen før overgangen til 5. trinn',
    user: JONAS,
    dueDay: 5,
  });
  b.actionItem(held.id, {
    agendaItemId: held.agendaIds[2],
    description: 'Sende oppdatert anfallsdagbok til fastlegen',
    text: 'Mona Dahl',
    dueDay: 3,
  });
  // Next meeting in 10 days: the agenda (14 days' notice) should already have been sent.
  b.meeting('emil', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'PLANNED',
    day: 10,
    hour: 14,
    location: 'Fjordvik skole, møterom 2. etasje',
    groupId: group,
    planId: plan,
    createdBy: JONAS,
    agenda: [['Godkjenning av referat'], ['Overgang til 5. trinn'], ['Evaluering av planen']],
  });
}

// ---------------------------------------------------------------------------------------------
// Unborn child of Ida Strand: serious heart defect found on ultrasound; child coordinator
// appointed before birth.
// ---------------------------------------------------------------------------------------------
function unborn(b: DemoBuilder): void {
  b.addPerson('unborn', { ...P.unborn, expectedInDays: 70, address: ADDR('Furuvegen 2') });
  b.addRelative('unborn.ida', 'unborn', { name: 'Ida Strand', relation: 'PARENT', isGuardian: true });
  b.addRelative('unborn.magnus', 'unborn', { name: 'Magnus Strand', relation: 'PARENT', isGuardian: true });
  grantedPath(b, 'unborn', {
    referral: {
      sourceKind: 'HOSPITAL',
      sourceName: 'Jordmor Elisabeth Næss',
      sourceOrganisation: 'Helse Fjordvik HF, fødepoliklinikken',
      channel: 'ELECTRONIC',
      requested: 'COORDINATOR',
      need:
        'Ultralyd i uke 20 viste en alvorlig hjertefeil hos barnet. Barnet må opereres kort tid etter fødselen og ' +
        'vil trenge langvarig oppfølging fra flere tjenester. Foreldrene ønsker barnekoordinator allerede nå.',
      consent: 'WRITTEN',
      homeVisitPlanned: true,
      receivedDay: -35,
    },
    decisionDay: -21,
    grants: { childCoordinator: true },
    coordinator: JONAS,
    unitKey: 'childHealth',
    startDay: -18,
    wish: 'Foreldrene ønsker barnekoordinator fra helsestasjonen.',
    wishFollowed: true,
    appointedBy: 'berit.leder',
  });
  b.consent('unborn', {
    scope: 'INFORMATION_EXCHANGE',
    form: 'WRITTEN',
    givenByRelative: 'unborn.ida',
    givenDay: -10,
    registeredBy: JONAS,
  });
  b.meeting('unborn', {
    type: 'COOPERATION',
    status: 'HELD',
    day: -10,
    hour: 13,
    durationMinutes: 60,
    location: 'Hjemmebesøk, Furuvegen 2',
    agendaSetWithPerson: true,
    minutesWrittenDay: -10,
    nextMeetingDay: 30,
    nextMeetingTopic: 'Forberedelser til fødselen og tiden etter',
    createdBy: JONAS,
    agenda: [
      ['Hvordan har dere det?', 'Ida og Magnus er preget av beskjeden, men har fått god informasjon fra sykehuset.'],
      ['Hva skjer etter fødselen?', 'Barnet opereres ved regionsykehuset. Helsestasjonen følger opp hjemme etterpå.', 'Barnekoordinator holder kontakt med sykehuset.'],
    ],
    attendance: [
      [{ user: JONAS }, true],
      [{ relative: 'unborn.ida' }, true],
      [{ relative: 'unborn.magnus' }, true],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Nora Ahmadi (4): cerebral palsy. The family speaks Dari; interpreter in all meetings.
// ---------------------------------------------------------------------------------------------
function nora(b: DemoBuilder): void {
  b.addPerson('nora', {
    ...P.interpreterChild,
    age: 4,
    address: ADDR('Lyngvegen 15'),
    preferredLanguage: 'fa',
    needsInterpreter: true,
  });
  b.addRelative('nora.leila', 'nora', { name: 'Leila Ahmadi', relation: 'PARENT', isGuardian: true });
  b.addRelative('nora.reza', 'nora', { name: 'Reza Ahmadi', relation: 'PARENT', isGuardian: true });
  grantedPath(b, 'nora', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Hege Rød',
      sourceOrganisation: 'Helsestasjon og skolehelsetjeneste',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Nora har cerebral parese og trenger fysioterapi, hjelpemidler, spesialpedagogisk hjelp i barnehagen og ' +
        'oppfølging fra habiliteringstjenesten. Foreldrene snakker dari og trenger tolk.',
      consent: 'WRITTEN',
      receivedDay: -420,
    },
    decisionDay: -410,
    grants: { childCoordinator: true, plan: true },
    coordinator: JONAS,
    unitKey: 'childHealth',
    startDay: -405,
    appointedBy: 'berit.leder',
  });
  const consents = b.standardConsents('nora', {
    givenDay: -201,
    periodStartDay: -200,
    periodEndDay: 165,
    registeredBy: JONAS,
    givenByRelative: 'nora.leila',
    withGroup: true,
  });
  const plan = b.plan('nora', {
    status: 'ACTIVE',
    periodStartDay: -200,
    periodEndDay: 165,
    nextRevisionDay: 45,
    whatIsImportant: 'Foreldrene: at Nora kan leke med de andre barna i barnehagen og lære å gå med rullator.',
    languageAndCulture:
      'Familien snakker dari. Kvalifisert tolk bestilles til alle møter. Skriftlig informasjon gis også på dari.',
    createdBy: JONAS,
    createdDay: -390,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'HEALTH',
    description: 'Nora går med rullator i barnehagen.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -200,
  });
  b.goal(plan, {
    kind: 'SHORT_TERM',
    lifeArea: 'LEISURE',
    description: 'Delta i samlingsstund med tilpasset stol.',
    status: 'REACHED',
    targetDay: -60,
    parentId: lt,
    sortOrder: 2,
    createdDay: -200,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Fysioterapi i barnehagen og veiledning av personalet',
    scope: 'To ganger per uke',
    user: U.physio,
    status: 'ONGOING',
    createdDay: -200,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Søknad om rullator og tilpasset stol fra hjelpemiddelsentralen',
    unitKey: 'physio',
    dueDay: -150,
    status: 'DONE',
    createdDay: -200,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Bestille tolk til alle møter',
    user: JONAS,
    status: 'ONGOING',
    createdDay: -200,
  });
  b.subPlan(plan, { kind: 'RELAY_LOG', title: 'Stafettlogg', ownerUnitKey: 'childHealth', createdDay: -400 });
  const group = b.group('nora', {
    planId: plan,
    consentId: consents.group!,
    establishedDay: -380,
    lastNeedReviewDay: -60,
    members: [
      [{ user: JONAS }, 'Barnekoordinator'],
      [{ user: U.physio }, 'Fysioterapeut'],
      [{ user: 'hege.helsesykepleier' }, 'Helsesykepleier'],
      [{ relative: 'nora.leila' }, 'Mor'],
      [{ relative: 'nora.reza' }, 'Far'],
      [{ external: 'Styrer, Solsikken barnehage' }, 'Barnehage'],
    ],
  });
  b.meeting('nora', {
    type: 'RESPONSIBILITY_GROUP',
    status: 'HELD',
    day: -60,
    location: 'Solsikken barnehage',
    groupId: group,
    planId: plan,
    agendaSetWithPerson: true,
    agendaSentDay: -75,
    previousMinutesApproved: true,
    minutesWrittenDay: -58,
    nextMeetingDay: 45,
    distribution: 'Ansvarsgruppen og foreldrene (også på dari)',
    createdBy: JONAS,
    agenda: [
      ['Godkjenning av referat', 'Godkjent.'],
      ['Fysioterapi og hjelpemidler', 'Nora bruker den nye stolen hver dag. Rullator er levert.', 'Gåtrening med rullator startes.'],
    ],
    attendance: [
      [{ user: JONAS }, true],
      [{ user: U.physio }, true],
      [{ user: 'hege.helsesykepleier' }, true],
      [{ relative: 'nora.leila' }, true],
      [{ relative: 'nora.reza' }, true],
      [{ external: 'Styrer, Solsikken barnehage' }, true],
      [{ external: 'Tolk (dari)' }, true],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Jakob Eriksen (15): ADHD and school refusal. Plan in DRAFT.
// ---------------------------------------------------------------------------------------------
function jakob(b: DemoBuilder): void {
  b.addPerson('jakob', { firstName: 'Jakob', lastName: 'Eriksen', age: 15, address: ADDR('Granvegen 9') });
  b.addRelative('jakob.silje', 'jakob', { name: 'Silje Eriksen', relation: 'PARENT', isGuardian: true });
  grantedPath(b, 'jakob', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Geir Holm',
      sourceOrganisation: 'Fjordvik skole',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Jakob har ADHD og et økende skolefravær. Han følges av BUP, skolehelsetjenesten og skolen. Mor ønsker ' +
        'hjelp til å samordne tjenestene.',
      consent: 'WRITTEN',
      receivedDay: -70,
    },
    decisionDay: -50,
    grants: { childCoordinator: true, plan: true },
    coordinator: JONAS,
    unitKey: 'childHealth',
    startDay: -45,
    wish: 'Jakob vil ha en koordinator som ikke jobber på skolen.',
    wishFollowed: true,
    appointedBy: 'berit.leder',
  });
  b.consent('jakob', {
    scope: 'INDIVIDUAL_PLAN',
    form: 'WRITTEN',
    givenByRelative: 'jakob.silje',
    givenDay: -25,
    informed: false,
    registeredBy: JONAS,
  });
  const plan = b.plan('jakob', {
    status: 'DRAFT',
    whatIsImportant: 'Jakob: «At folk slutter å mase, og å få spille håndball igjen.»',
    createdBy: JONAS,
    createdDay: -25,
  });
  b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'EDUCATION',
    description: 'Fullføre ungdomsskolen med vitnemål.',
    status: 'NOT_STARTED',
    sortOrder: 1,
    createdDay: -25,
  });
}

// ---------------------------------------------------------------------------------------------
// Oskar Halvorsen (13): child welfare measures at home, anxiety, school absence.
// ---------------------------------------------------------------------------------------------
function oskar(b: DemoBuilder): void {
  b.addPerson('oskar', { firstName: 'Oskar', lastName: 'Halvorsen', age: 13, address: ADDR('Bjørkevegen 22') });
  b.addRelative('oskar.trine', 'oskar', { name: 'Trine Halvorsen', relation: 'PARENT', isGuardian: true });
  grantedPath(b, 'oskar', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Hanne Moe',
      sourceOrganisation: 'Barneverntjenesten',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Oskar har angst og høyt skolefravær. Familien har hjelpetiltak fra barneverntjenesten, og Oskar er henvist ' +
        'til BUP. Skolen, barnevernet og helsetjenesten må samarbeide.',
      consent: 'WRITTEN',
      receivedDay: -260,
    },
    decisionDay: -250,
    grants: { childCoordinator: true, plan: true },
    coordinator: JONAS,
    unitKey: 'childHealth',
    startDay: -245,
    appointedBy: 'berit.leder',
  });
  b.standardConsents('oskar', {
    givenDay: -221,
    periodStartDay: -220,
    periodEndDay: 145,
    registeredBy: JONAS,
    givenByRelative: 'oskar.trine',
    withGroup: false,
  });
  const plan = b.plan('oskar', {
    status: 'ACTIVE',
    periodStartDay: -220,
    periodEndDay: 145,
    nextRevisionDay: 15,
    whatIsImportant: 'Oskar: «Å ha det bra på skolen og å få være med på gamingklubben.»',
    createdBy: JONAS,
    createdDay: -221,
  });
  const lt = b.goal(plan, {
    kind: 'LONG_TERM',
    lifeArea: 'EDUCATION',
    description: 'Oskar går på skolen hver dag.',
    status: 'IN_PROGRESS',
    sortOrder: 1,
    createdDay: -220,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Foreldreveiledning (hjelpetiltak)',
    unitKey: 'childWelfare',
    status: 'ONGOING',
    createdDay: -220,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Tilrettelagt skoledag med gradvis økning',
    unitKey: 'school',
    status: 'ONGOING',
    createdDay: -220,
  });
  b.measure(plan, {
    goalId: lt,
    description: 'Behandling for angst',
    text: 'BUP, Helse Fjordvik HF',
    dueDay: 15,
    status: 'ONGOING',
    createdDay: -220,
  });
}

// ---------------------------------------------------------------------------------------------
// Maja Dahl (5): Emil's little sister. Mona Dahl (user mona.verge) is her guardian too and has
// sent a referral that the coordinating unit is assessing: no plan yet, and the guardian can
// switch between her two children.
// ---------------------------------------------------------------------------------------------
function maja(b: DemoBuilder): void {
  b.addPerson('maja', { ...P.guardianSecondChild, age: 5, address: ADDR('Måkevegen 6') });
  b.addRelative('maja.mona', 'maja', {
    name: 'Mona Dahl',
    relation: 'PARENT',
    isGuardian: true,
    email: 'mona.dahl@epost.example',
    userId: b.user(U.guardian),
  });
  b.addRelative('maja.stian', 'maja', { name: 'Stian Dahl', relation: 'PARENT', isGuardian: true });
  b.referral('maja', {
    sourceKind: 'RELATIVE',
    sourceName: 'Mona Dahl (mor)',
    channel: 'ELECTRONIC',
    requested: 'BOTH',
    need:
      'Maja er født med cerebral parese og får fysioterapi, oppfølging på barneavdelingen og spesialpedagogisk ' +
      'hjelp i barnehagen. Hun skal begynne på skolen neste høst. Vi har god erfaring med koordinator for Emil og ' +
      'ønsker det samme for Maja.',
    consent: 'WRITTEN',
    receivedDay: -12,
    status: 'IN_ASSESSMENT',
    registeredBy: U.systemCoordinator,
  });
}
