// Fjordvik kommune's organisation: service areas, units, staff and their leaders.
import type { DemoBuilder } from './seed-builder';
import { DEMO_UNITS, DEMO_USERNAMES as U } from './personas';

const KOMMUNE_MAIL = 'fjordvik.kommune.example';

export function buildOrganisation(b: DemoBuilder): void {
  const helse = b.serviceArea('Helse og omsorg');
  const oppvekst = b.serviceArea('Oppvekst og kultur');
  const arbeid = b.serviceArea('Arbeid og velferd');
  const eksterne = b.serviceArea('Eksterne samarbeidspartnere');

  b.declareUnit('ke', DEMO_UNITS.coordinatingUnit, 'COORDINATING_UNIT', helse);
  b.declareUnit('homeCare', DEMO_UNITS.homeCare, 'HOME_CARE', helse);
  b.declareUnit('mentalHealth', DEMO_UNITS.mentalHealth, 'MENTAL_HEALTH', helse);
  b.declareUnit('childHealth', DEMO_UNITS.childHealth, 'CHILD_HEALTH', helse);
  b.declareUnit('disability', DEMO_UNITS.disability, 'DISABILITY_SERVICES', helse);
  b.declareUnit('physio', DEMO_UNITS.physio, 'PHYSIOTHERAPY', helse);
  b.declareUnit('school', DEMO_UNITS.school, 'SCHOOL', oppvekst);
  b.declareUnit('childWelfare', DEMO_UNITS.childWelfare, 'CHILD_WELFARE', oppvekst);
  b.declareUnit('nav', DEMO_UNITS.nav, 'NAV', arbeid);
  b.declareUnit('gp', DEMO_UNITS.gpOffice, 'GP', eksterne);
  b.declareUnit('hospital', DEMO_UNITS.hospital, 'HOSPITAL', eksterne);

  const mail = (local: string, domain = KOMMUNE_MAIL) => `${local}@${domain}`;

  // Koordinerende enhet
  b.staff({
    username: U.keLeader,
    name: 'Anne Rønning',
    roles: ['UNIT_LEADER', 'SYSTEM_COORDINATOR'],
    title: 'Leder, koordinerende enhet',
    email: mail('anne.ronning'),
    units: ['ke'],
  });
  b.staff({
    username: U.systemCoordinator,
    name: 'Kari Nordmann-Berg',
    roles: ['SYSTEM_COORDINATOR'],
    title: 'Systemkoordinator',
    email: mail('kari.nordmann-berg'),
    units: ['ke'],
  });
  // Hjemmetjenesten
  b.staff({
    username: U.unitLeader,
    name: 'Ola Fjeld',
    roles: ['UNIT_LEADER'],
    title: 'Virksomhetsleder, hjemmetjenesten',
    email: mail('ola.fjeld'),
    units: ['homeCare'],
  });
  b.staff({
    username: U.coordinator,
    name: 'Ingrid Solberg',
    roles: ['COORDINATOR'],
    title: 'Sykepleier og koordinator',
    email: mail('ingrid.solberg'),
    units: ['homeCare'],
  });
  // Psykisk helse og rus
  b.staff({
    username: U.leaderAndCoordinator,
    name: 'Nina Haugen',
    roles: ['UNIT_LEADER', 'COORDINATOR'],
    title: 'Fagleder, psykisk helse og rus',
    email: mail('nina.haugen'),
    units: ['mentalHealth'],
  });
  b.staff({
    username: U.mentalHealthCoordinator,
    name: 'Lars Brekke',
    roles: ['COORDINATOR'],
    title: 'Psykiatrisk sykepleier og koordinator',
    email: mail('lars.brekke'),
    units: ['mentalHealth'],
  });
  // Helsestasjon og skolehelsetjeneste
  b.staff({
    username: 'berit.leder',
    name: 'Berit Lunde',
    roles: ['UNIT_LEADER'],
    title: 'Leder, helsestasjon og skolehelsetjeneste',
    email: mail('berit.lunde'),
    units: ['childHealth'],
  });
  b.staff({
    username: U.childCoordinator,
    name: 'Jonas Lie',
    roles: ['COORDINATOR'],
    title: 'Helsesykepleier og barnekoordinator',
    email: mail('jonas.lie'),
    units: ['childHealth'],
  });
  b.staff({
    username: 'hege.helsesykepleier',
    name: 'Hege Rød',
    roles: ['SERVICE_PROVIDER'],
    title: 'Helsesykepleier',
    email: mail('hege.rod'),
    units: ['childHealth'],
  });
  // Fjordvik skole
  b.staff({
    username: 'geir.rektor',
    name: 'Geir Holm',
    roles: ['UNIT_LEADER'],
    title: 'Rektor, Fjordvik skole',
    email: mail('geir.holm'),
    units: ['school'],
  });
  b.staff({
    username: U.teacher,
    name: 'Tone Kvam',
    roles: ['SERVICE_PROVIDER'],
    title: 'Kontaktlærer',
    email: mail('tone.kvam'),
    units: ['school'],
  });
  // Barneverntjenesten
  b.staff({
    username: 'hanne.leder',
    name: 'Hanne Moe',
    roles: ['UNIT_LEADER'],
    title: 'Barnevernleder',
    email: mail('hanne.moe'),
    units: ['childWelfare'],
  });
  // NAV Fjordvik
  b.staff({
    username: 'trond.leder',
    name: 'Trond Eide',
    roles: ['UNIT_LEADER'],
    title: 'NAV-leder',
    email: mail('trond.eide'),
    units: ['nav'],
  });
  b.staff({
    username: 'ahmed.koordinator',
    name: 'Ahmed Hassan',
    roles: ['COORDINATOR'],
    title: 'Veileder og koordinator',
    email: mail('ahmed.hassan'),
    units: ['nav'],
  });
  // Tjenester for funksjonshemmede
  b.staff({
    username: 'lise.leder',
    name: 'Lise Bakken',
    roles: ['UNIT_LEADER'],
    title: 'Virksomhetsleder, tjenester for funksjonshemmede',
    email: mail('lise.bakken'),
    units: ['disability'],
  });
  b.staff({
    username: U.disabilityCoordinator,
    name: 'Marte Johansen',
    roles: ['COORDINATOR'],
    title: 'Vernepleier og koordinator',
    email: mail('marte.johansen'),
    units: ['disability'],
  });
  // Fysio- og ergoterapi
  b.staff({
    username: 'eva.leder',
    name: 'Eva Sandvik',
    roles: ['UNIT_LEADER'],
    title: 'Fagleder, fysio- og ergoterapi',
    email: mail('eva.sandvik'),
    units: ['physio'],
  });
  b.staff({
    username: U.physio,
    name: 'Siri Vik',
    roles: ['SERVICE_PROVIDER'],
    title: 'Fysioterapeut',
    email: mail('siri.vik'),
    units: ['physio'],
  });
  // Outside the municipality: the GP office and the hospital
  b.staff({
    username: U.gp,
    name: 'Per Aasen',
    roles: ['SERVICE_PROVIDER'],
    title: 'Fastlege',
    email: mail('per.aasen', 'fjordviklegesenter.example'),
    employer: 'GP',
    units: ['gp'],
  });
  b.staff({
    username: U.hospitalNurse,
    name: 'Camilla Ås',
    roles: ['SERVICE_PROVIDER'],
    title: 'Sykepleier, koordinerende enhet i spesialisthelsetjenesten',
    email: mail('camilla.as', 'helsefjordvik.example'),
    employer: 'HOSPITAL',
    units: ['hospital'],
  });

  b.setLeader('ke', U.keLeader);
  b.setLeader('homeCare', U.unitLeader);
  b.setLeader('mentalHealth', U.leaderAndCoordinator);
  b.setLeader('childHealth', 'berit.leder');
  b.setLeader('school', 'geir.rektor');
  b.setLeader('childWelfare', 'hanne.leder');
  b.setLeader('nav', 'trond.leder');
  b.setLeader('disability', 'lise.leder');
  b.setLeader('physio', 'eva.leder');
}
