// Names and facts of the demo municipality that tests, the README and the seed share.
// Everything here is fictional. The seed (./seed.ts) builds exactly these facts; the test
// ./seed.int.test.ts checks them against a freshly seeded database, so a change to the seed
// that breaks one of them fails there first.

export const DEMO_MUNICIPALITY = { name: 'Fjordvik kommune', number: '9998' } as const;

/** Usernames of the demo accounts (sign-in names; the README lists them). */
export const DEMO_USERNAMES = {
  /** Kari Nordmann-Berg: system coordinator in Koordinerende enhet. */
  systemCoordinator: 'kari.ke',
  /** Anne Rønning: leader of Koordinerende enhet, also system coordinator. */
  keLeader: 'anne.leder',
  /** Ola Fjeld: leader of Hjemmetjenesten. */
  unitLeader: 'ola.leder',
  /** Nina Haugen: leader of Psykisk helse og rus and coordinator for two persons (role switcher). */
  leaderAndCoordinator: 'nina.leder',
  /** Ingrid Solberg: coordinator in Hjemmetjenesten with the largest caseload. */
  coordinator: 'ingrid.koordinator',
  /** Jonas Lie: child coordinator in Helsestasjon og skolehelsetjeneste. */
  childCoordinator: 'jonas.koordinator',
  /** Lars Brekke: coordinator in Psykisk helse og rus (the outgoing coordinator in a handover). */
  mentalHealthCoordinator: 'lars.koordinator',
  /** Marte Johansen: coordinator in Tjenester for funksjonshemmede. */
  disabilityCoordinator: 'marte.koordinator',
  /** Per Aasen: GP (fastlege) at Fjordvik legesenter, member of several responsibility groups. */
  gp: 'per.lege',
  /** Siri Vik: physiotherapist in Fysio- og ergoterapi, member of groups, responsible for measures. */
  physio: 'siri.fysio',
  /** Tone Kvam: teacher at Fjordvik skole, member of Emil Dahl's group. */
  teacher: 'tone.laerer',
  /** Camilla Ås: nurse at Helse Fjordvik HF (hospital). */
  hospitalNurse: 'camilla.sykepleier',
  /** Sofie Berg: citizen, owner of the richest individual plan. */
  citizen: 'sofie.borger',
  /** Mona Dahl: guardian of the children Emil and Maja Dahl. */
  guardian: 'mona.verge',
  /** Jon Solheim: citizen with no referral yet (the end-to-end journey refers him). */
  newCitizen: 'jon.borger',
} as const;

export type DemoUsername = (typeof DEMO_USERNAMES)[keyof typeof DEMO_USERNAMES];

/** Unit names as seeded (Unit.name is unique per municipality). */
export const DEMO_UNITS = {
  coordinatingUnit: 'Koordinerende enhet',
  homeCare: 'Hjemmetjenesten',
  mentalHealth: 'Psykisk helse og rus',
  childHealth: 'Helsestasjon og skolehelsetjeneste',
  school: 'Fjordvik skole',
  childWelfare: 'Barneverntjenesten',
  nav: 'NAV Fjordvik',
  disability: 'Tjenester for funksjonshemmede',
  physio: 'Fysio- og ergoterapi',
  gpOffice: 'Fjordvik legesenter',
  hospital: 'Helse Fjordvik HF',
} as const;

/** Persons the tests look up by name. firstName/lastName as stored on Person. */
/**
 * Jon Solheim's national id: a synthetic test number (month + 80), valid by the control digits
 * as the form demands, and never a real person's. The other demo ids fail the control digits.
 */
export const NEW_CITIZEN = { dateOfBirth: '1985-04-12', nationalId: '12848520010' } as const;

export const DEMO_PERSONS = {
  /** Adult citizen with an account and no referral yet (user jon.borger). */
  newCitizen: { firstName: 'Jon', lastName: 'Solheim' },
  /** Adult with the full ACTIVE plan, group, meetings, consents (user sofie.borger). */
  citizen: { firstName: 'Sofie', lastName: 'Berg' },
  /** Child (9) with an ACTIVE plan and child coordinator jonas.koordinator; guardian mona.verge. */
  guardianChild: { firstName: 'Emil', lastName: 'Dahl' },
  /** Child (5), Emil's sister; guardian mona.verge; referral IN_ASSESSMENT, no decision or plan. */
  guardianSecondChild: { firstName: 'Maja', lastName: 'Dahl' },
  /** INFORMATION_EXCHANGE consent WITHDRAWN; per.lege is in the person's active group. */
  withdrawnExchangeConsent: { firstName: 'Kristoffer', lastName: 'Lund' },
  /** INFORMATION_EXCHANGE consent restricted (PROFESSIONAL_ENVIRONMENT) for Fysio- og ergoterapi; siri.fysio is in the group. */
  physioRestricted: { firstName: 'Linda', lastName: 'Sørensen' },
  /** Handover: lars.koordinator (ends in 14 days) overlaps ingrid.koordinator (started 7 days ago). */
  coordinatorChange: { firstName: 'Terje', lastName: 'Pedersen' },
  /** Unborn child (no nationalId, expectedBirthDate set) with child coordinator jonas.koordinator. */
  unborn: { firstName: 'Ufødt barn', lastName: 'Strand' },
  /** CLOSED plan, ended coordinator assignment, closed group; closing change forms. */
  closedPlan: { firstName: 'Eirik', lastName: 'Moen' },
  /** Granted coordinator + IP, declined the IP (DECLINED_INDIVIDUAL_PLAN); coordinator ingrid. */
  declinedPlan: { firstName: 'Bjørn', lastName: 'Hansen' },
  /** Granted, declined the coordinator (DECLINED_COORDINATOR); no assignment; the case is CLOSED. */
  declinedCoordinator: { firstName: 'Henrik', lastName: 'Larsen' },
  /** IP in DRAFT; coordinator ingrid; oral consent to the plan, heard by ingrid on a home visit. */
  draftPlan: { firstName: 'Ragnhild', lastName: 'Olsen' },
  /** Granted, coordinator ingrid appointed, start-up meeting planned, no plan yet. */
  coordinatorOnly: { firstName: 'Sigrid', lastName: 'Aune' },
  /** DENIED: short-term need only. */
  deniedShortTerm: { firstName: 'Hans', lastName: 'Brekke' },
  /** DENIED: only one service, no need for coordination. */
  deniedSingleService: { firstName: 'Marianne', lastName: 'Lien' },
  /** Child with interpreter need (Dari), child coordinator jonas, siri.fysio in the group. */
  interpreterChild: { firstName: 'Nora', lastName: 'Ahmadi' },
  /** Plan period and its consents end within 30 days: renewal due, consentAlerts lists them. Coordinator ingrid, per.lege in the group. */
  renewalDue: { firstName: 'Kjell', lastName: 'Andersen' },
  /** Granted coordinator + IP; KE left the appointment to ola.leder (Hjemmetjenesten); wishes that unit. */
  awaitingUnitLeader: { firstName: 'Gunnar', lastName: 'Strøm' },
  /** Child (11), granted child coordinator + IP; waits for KE to appoint; the parents wish Jonas Lie. */
  awaitingKe: { firstName: 'Mathilde', lastName: 'Eng' },
} as const;

export const DEMO_FACTS = {
  citizenPersonName: 'Sofie Berg',
  guardianName: 'Mona Dahl',
  guardianChildName: 'Emil Dahl',
  guardianSecondChildName: 'Maja Dahl',
  withdrawnExchangeConsentPersonName: 'Kristoffer Lund',
  physioRestrictedPersonName: 'Linda Sørensen',
  coordinatorChangePersonName: 'Terje Pedersen',
  unbornPersonName: 'Ufødt barn Strand',
  closedPlanPersonName: 'Eirik Moen',

  /** Persons in the municipality (children, adults and one unborn child). */
  personCount: 36,
  staffUserCount: 20,
  citizenUserCount: 3,
  unitCount: 11,
  serviceAreaCount: 4,

  /** One referral per person. */
  referralCount: 35,
  referralsByStatus: { RECEIVED: 6, IN_ASSESSMENT: 4, DECIDED: 23, WITHDRAWN: 1, CLOSED: 1 },
  /** RECEIVED referrals come from six different source kinds (one each). */
  receivedReferralSourceKinds: ['PERSON', 'RELATIVE', 'MUNICIPAL_PROVIDER', 'GP', 'HOSPITAL', 'OTHER'],
  decisionsByOutcome: { GRANTED: 22, DENIED: 2 },
  /** Open requests to unit leaders to appoint (Gunnar Strøm, to Hjemmetjenesten). */
  openDelegations: 1,

  plansByStatus: { DRAFT: 2, ACTIVE: 13, CLOSED: 1 },
  activeGroupCount: 8,
  closedGroupCount: 1,
  /** Persons with a coordinator assignment active today (startDate <= today, no endDate or endDate >= today). */
  personsWithActiveCoordinator: 18,

  /** Distinct persons each coordinator actively coordinates today. */
  ingridCaseloadSize: 7,
  ninaCaseloadSize: 2,
  jonasCaseloadSize: 5,
  larsCaseloadSize: 2,
  marteCaseloadSize: 2,

  /** Active responsibility groups where the user is a current member. */
  perLegeActiveGroupCount: 5,
  siriFysioActiveGroupCount: 3,

  /** Sofie Berg's plan. */
  sofieLongTermGoals: 2,
  sofieShortTermGoals: 3,
  sofieMeasures: 5,
  /** Sofie's meetings: start-up and one responsibility group meeting held, the next one planned. */
  sofieMeetings: { HELD: 2, PLANNED: 2 },
  /** Sofie's thread on the work-trial goal: her suggestion, Ingrid's answer, and her newer comment waiting. */
  sofieCommentThread: ['SUGGESTION', 'ANSWER', 'COMMENT'],
  sofieCommentGoal: 'Starte arbeidsutprøving i 20 % stilling i barnehagen.',

  /**
   * PLANNED responsibility group meetings starting within the agenda notice (14 days) whose agenda
   * has not been sent: Emil Dahl's next meeting, in 10 days.
   */
  agendaOverdueGroupMeetings: 1,

  changeFormsByKind: {
    DECLINED_COORDINATOR: 1,
    DECLINED_INDIVIDUAL_PLAN: 1,
    CHANGE_OF_COORDINATOR: 1,
    CLOSING_INDIVIDUAL_PLAN: 1,
    CLOSING_COORDINATOR: 1,
    CLOSING_RESPONSIBILITY_GROUP: 1,
  },
  /** The CHANGE_OF_COORDINATOR form is submitted but not yet registered at KE. */
  unregisteredChangeForms: 1,

  competenceRecordCount: 4,
  /** Training given (within the 6-month window). */
  competenceTrainingGiven: 2,
  /** Notified more than 6 months ago and no training given yet (Tjenester for funksjonshemmede). */
  competenceOverdue: 1,
} as const;
