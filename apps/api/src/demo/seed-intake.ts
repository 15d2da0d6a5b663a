// KE's inbox: new referrals from every kind of source, referrals in assessment, two denials,
// one withdrawn referral; and the units' competence records.
import type { DemoBuilder } from './seed-builder';
import { DEMO_PERSONS as P, DEMO_USERNAMES as U } from './personas';

const KE = U.systemCoordinator;
const ADDR = (street: string) => `${street}, 9998 Fjordvik`;

export function buildIntake(b: DemoBuilder): void {
  received(b);
  inAssessment(b);
  denied(b);
  withdrawn(b);
}

function received(b: DemoBuilder): void {
  // MUNICIPAL_PROVIDER, electronic, newborn: home visit planned.
  b.addPerson('ella', { firstName: 'Ella', lastName: 'Berntsen', ageInDays: 150, address: ADDR('Havnevegen 3') });
  b.addRelative('ella.marit', 'ella', { name: 'Marit Berntsen', relation: 'PARENT', isGuardian: true });
  b.referral('ella', {
    sourceKind: 'MUNICIPAL_PROVIDER',
    sourceName: 'Hege Rød',
    sourceOrganisation: 'Helsestasjon og skolehelsetjeneste',
    channel: 'ELECTRONIC',
    requested: 'BOTH',
    need:
      'Ella (5 mnd) har Downs syndrom og en hjertefeil som er operert. Hun følges av barneavdelingen, helsestasjonen ' +
      'og fysioterapeut, og foreldrene opplever det krevende å holde oversikt. Foreldrene ønsker barnekoordinator.',
    consent: 'WRITTEN',
    homeVisitPlanned: true,
    receivedDay: -3,
    status: 'RECEIVED',
    registeredBy: KE,
  });

  // HOSPITAL, electronic, inpatient before discharge.
  b.addPerson('arne', { firstName: 'Arne', lastName: 'Solheim', age: 81, address: ADDR('Utsikten 1') });
  b.referral('arne', {
    sourceKind: 'HOSPITAL',
    sourceName: 'Camilla Ås',
    sourceOrganisation: 'Helse Fjordvik HF, medisinsk avdeling',
    channel: 'ELECTRONIC',
    requested: 'BOTH',
    need:
      'Innlagt etter hoftebrudd og lungebetennelse, planlagt utskrevet om cirka en uke. Vil trenge omfattende ' +
      'kommunale tjenester: hjemmesykepleie, rehabilitering, hjelpemidler og vurdering av korttidsopphold. Bor ' +
      'alene etter at kona døde i fjor. Meldingen sendes før utskrivning.',
    consent: 'ORAL',
    receivedDay: -2,
    receivedHour: 14,
    status: 'RECEIVED',
    registeredBy: KE,
  });

  // GP, electronic.
  b.addPerson('wenche', { firstName: 'Wenche', lastName: 'Iversen', age: 62, address: ADDR('Myrvegen 19') });
  b.referral('wenche', {
    sourceKind: 'GP',
    sourceName: 'Per Aasen',
    sourceOrganisation: 'Fjordvik legesenter',
    channel: 'ELECTRONIC',
    requested: 'BOTH',
    need:
      'Wenche har KOLS og depresjon og er omsorgsperson for en voksen sønn med utviklingshemming. Hun har ' +
      'hjemmesykepleie og kontakt med psykisk helse og NAV. Ber om koordinator for å avlaste henne.',
    consent: 'WRITTEN',
    receivedDay: -6,
    status: 'RECEIVED',
    registeredBy: KE,
  });

  // RELATIVE, written, not yet journalled.
  b.addPerson('petter', { firstName: 'Petter', lastName: 'Nygård', age: 19, address: ADDR('Sentrumsvegen 44') });
  b.addRelative('petter.solveig', 'petter', { name: 'Solveig Nygård', relation: 'PARENT' });
  b.referral('petter', {
    sourceKind: 'RELATIVE',
    sourceName: 'Solveig Nygård (mor)',
    channel: 'WRITTEN',
    requested: 'COORDINATOR',
    need:
      'Petter har Aspergers syndrom og har sluttet på videregående. Han isolerer seg hjemme og har ikke kontakt med ' +
      'andre enn familien. Vi vet ikke hvem vi skal spørre om hjelp. Petter har sagt ja til at vi sender dette.',
    consent: 'WRITTEN',
    receivedDay: -1,
    journal: false,
    status: 'RECEIVED',
  });

  // PERSON, oral at the service desk with a telephone interpreter, registered today.
  b.addPerson('fatima', {
    firstName: 'Fatima',
    lastName: 'Ali',
    age: 36,
    address: ADDR('Fjordgata 12'),
    preferredLanguage: 'so',
    needsInterpreter: true,
  });
  b.referral('fatima', {
    sourceKind: 'PERSON',
    sourceName: 'Fatima Ali',
    channel: 'ORAL',
    requested: 'BOTH',
    need:
      'Muntlig henvendelse på servicetorget med telefontolk (somali). Fatima har revmatisk sykdom og tre barn, ' +
      'hvorav ett har alvorlig astma. Hun har kontakt med mange instanser og ønsker hjelp til å få oversikt.',
    consent: 'ORAL',
    receivedDay: 0,
    receivedHour: 8,
    journal: false,
    status: 'RECEIVED',
    registeredBy: KE,
  });

  // OTHER: a private kindergarten, with the parents' written consent.
  b.addPerson('liam', { firstName: 'Liam', lastName: 'Haugland', age: 5, address: ADDR('Solvegen 8') });
  b.addRelative('liam.kristine', 'liam', { name: 'Kristine Haugland', relation: 'PARENT', isGuardian: true });
  b.referral('liam', {
    sourceKind: 'OTHER',
    sourceName: 'Randi Moen, styrer',
    sourceOrganisation: 'Solstrålen barnehage (privat)',
    channel: 'WRITTEN',
    requested: 'BOTH',
    need:
      'Barnehagen melder med foreldrenes samtykke. Liam har en språkforsinkelse og motoriske vansker, er under ' +
      'utredning hos habiliteringstjenesten og skal begynne på skolen til høsten.',
    consent: 'WRITTEN',
    receivedDay: -8,
    status: 'RECEIVED',
    registeredBy: KE,
  });
}

function inAssessment(b: DemoBuilder): void {
  b.addPerson('ingeborg', { firstName: 'Ingeborg', lastName: 'Fossum', age: 74, address: ADDR('Bakkevegen 2') });
  const ingeborgReferral = b.referral('ingeborg', {
    sourceKind: 'MUNICIPAL_PROVIDER',
    sourceName: 'Ola Fjeld',
    sourceOrganisation: 'Hjemmetjenesten',
    channel: 'WRITTEN',
    requested: 'BOTH',
    need:
      'Ingeborg har diabetes, nyresvikt og begynnende demens. Hun har dialyse tre dager i uka ved Helse Fjordvik HF ' +
      'og hjemmesykepleie. Transport og medisiner er vanskelig å få til å gå opp.',
    consent: 'WRITTEN',
    receivedDay: -20,
    status: 'IN_ASSESSMENT',
    registeredBy: KE,
  });
  // A complete assessment with a proposal: the decision is the next step.
  b.assessment(ingeborgReferral, {
    longTermNeed: true,
    longTermNeedNote: 'Kronisk nyresvikt med dialyse og begynnende demens: behovet er varig.',
    coordinatedServices: true,
    coordinatedServicesNote: 'Dialyse ved Helse Fjordvik HF, hjemmesykepleie, fastlege og pasienttransport må ses i sammenheng.',
    proposal: 'BOTH',
    day: -6,
    assessedBy: KE,
  });

  b.addPerson('sander', { firstName: 'Sander', lastName: 'Myklebust', age: 17, address: ADDR('Elvevegen 4') });
  b.addRelative('sander.knut', 'sander', { name: 'Knut Myklebust', relation: 'PARENT', isGuardian: true });
  const sanderReferral = b.referral('sander', {
    sourceKind: 'RELATIVE',
    sourceName: 'Knut Myklebust (far)',
    channel: 'ELECTRONIC',
    requested: 'BOTH',
    need:
      'Sander har muskelsykdom og bruker rullestol. Han fyller 18 til våren, og mange tjenester skal over fra ' +
      'barne- til voksentjenester. Vi ønsker koordinator og plan for overgangen.',
    consent: 'WRITTEN',
    receivedDay: -15,
    status: 'IN_ASSESSMENT',
    registeredBy: KE,
  });
  // Begun: the long-term need is judged, the coordinated services not yet.
  b.assessment(sanderReferral, {
    longTermNeed: true,
    longTermNeedNote: 'Muskelsykdom med varig behov for hjelpemidler og oppfølging.',
    day: -3,
    assessedBy: KE,
  });

  b.addPerson('vilde', { firstName: 'Vilde', lastName: 'Tangen', age: 29, address: ADDR('Kaigata 7') });
  b.referral('vilde', {
    sourceKind: 'GP',
    sourceName: 'Per Aasen',
    sourceOrganisation: 'Fjordvik legesenter',
    channel: 'ELECTRONIC',
    requested: 'INDIVIDUAL_PLAN',
    need:
      'Vilde har en alvorlig spiseforstyrrelse og depresjon og har nylig vært innlagt. Hun følges av DPS, fastlege ' +
      'og psykisk helse og rus, og er sykmeldt.',
    consent: 'WRITTEN',
    receivedDay: -25,
    status: 'IN_ASSESSMENT',
    registeredBy: KE,
  });
}

function denied(b: DemoBuilder): void {
  b.addPerson('hans', { ...P.deniedShortTerm, age: 55, address: ADDR('Stasjonsvegen 10') });
  const hansReferral = b.referral('hans', {
    sourceKind: 'GP',
    sourceName: 'Per Aasen',
    sourceOrganisation: 'Fjordvik legesenter',
    channel: 'ELECTRONIC',
    requested: 'BOTH',
    need: 'Operert med ny hofte. Trenger fysioterapi og hjelp i hjemmet i opptreningsperioden.',
    consent: 'WRITTEN',
    receivedDay: -40,
    status: 'DECIDED',
    registeredBy: KE,
  });
  b.decision('hans', hansReferral, {
    outcome: 'DENIED',
    longTermNeed: false,
    coordinatedServices: true,
    reasons:
      'Etter operasjonen har du behov for fysioterapi og noe praktisk bistand i en periode på anslagsvis tre ' +
      'måneder. Retten til koordinator og individuell plan (helse- og omsorgstjenesteloven §§ 7-1 og 7-2 og ' +
      'pasient- og brukerrettighetsloven § 2-5) gjelder personer med behov for langvarige og koordinerte tjenester. ' +
      'Vi vurderer at behovet ditt ikke er langvarig. Tjenestene du trenger, følges opp med egne vedtak fra ' +
      'fysioterapitjenesten og hjemmetjenesten. Ta kontakt med oss igjen dersom behovet endrer seg.',
    day: -25,
    decidedBy: KE,
  });

  b.addPerson('marianne', { ...P.deniedSingleService, age: 44, address: ADDR('Parkvegen 5') });
  const marianneReferral = b.referral('marianne', {
    sourceKind: 'PERSON',
    sourceName: 'Marianne Lien',
    channel: 'WRITTEN',
    requested: 'INDIVIDUAL_PLAN',
    need: 'Jeg har hatt vondt i nakken i flere år og går til fysioterapeut. Jeg ønsker en individuell plan.',
    consent: 'WRITTEN',
    receivedDay: -35,
    status: 'DECIDED',
    registeredBy: KE,
  });
  b.decision('marianne', marianneReferral, {
    outcome: 'DENIED',
    longTermNeed: true,
    coordinatedServices: false,
    reasons:
      'Du har et langvarig behov, men mottar i dag bare fysioterapi. Individuell plan og koordinator er for ' +
      'personer som trenger flere tjenester fra ulike tjenesteytere som må ses i sammenheng. Vi kan ikke se at du ' +
      'har et slikt behov nå. Ta kontakt med oss igjen dersom du får behov for flere tjenester.',
    day: -15,
    decidedBy: KE,
  });
}

function withdrawn(b: DemoBuilder): void {
  b.addPerson('odd', { firstName: 'Odd', lastName: 'Hagen', age: 66, address: ADDR('Hagevegen 1') });
  b.referral('odd', {
    sourceKind: 'PERSON',
    sourceName: 'Odd Hagen',
    channel: 'ORAL',
    requested: 'COORDINATOR',
    need:
      'Odd har Parkinsons sykdom og ringte for å høre om koordinator. Han trakk henvendelsen etter en uke: han ' +
      'flytter til datteren i Bergen.',
    consent: 'ORAL',
    receivedDay: -60,
    status: 'WITHDRAWN',
    registeredBy: KE,
  });
}

export function buildCompetence(b: DemoBuilder): void {
  b.competence({
    unitKey: 'homeCare',
    coordinator: U.coordinator,
    trainingNeed: 'Grunnopplæring i koordinatorrollen og i arbeid med individuell plan.',
    notifiedDay: -300,
    trainingGivenDay: -200,
    registeredBy: U.unitLeader,
  });
  b.competence({
    unitKey: 'childHealth',
    coordinator: U.childCoordinator,
    trainingNeed: 'Barnekoordinatorrollen: rettigheter, samarbeid med spesialisthelsetjenesten og NAV.',
    notifiedDay: -150,
    trainingGivenDay: -90,
    registeredBy: 'berit.leder',
  });
  b.competence({
    unitKey: 'disability',
    coordinator: U.disabilityCoordinator,
    trainingNeed: 'Veiledning i å lede ansvarsgruppemøter og skrive referat.',
    notifiedDay: -230,
    registeredBy: 'lise.leder',
  });
  b.competence({
    unitKey: 'mentalHealth',
    trainingNeed: 'Opplæring for nye koordinatorer i samtykke og taushetsplikt.',
    notifiedDay: -30,
    registeredBy: U.leaderAndCoordinator,
  });
}
