// Messages of one part of the app in the three languages: a case's history and the person's
// earlier referrals, coordinators and plans. nb.ts, nn.ts and en.ts spread them in.
const nb = {
  'web.case.history': 'Historikk',
  'web.case.noHistory': 'Ingen endringer er registrert ennå.',
  'web.case.loadingHistory': 'Henter historikken …',
  'web.case.personHistory': 'Tidligere for {name}',
  'web.case.otherReferrals': 'Andre meldinger',
  'web.case.coordinators': 'Koordinatorer',
  'web.case.plans': 'Individuelle planer',
  'web.case.none': 'Ingen',
  'web.case.childCoordinator': 'barnekoordinator',
  'web.case.ongoing': 'pågår',
  'web.case.action.referral.received': 'Meldingen ble mottatt',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'web.case.history': 'Historikk',
  'web.case.noHistory': 'Ingen endringar er registrerte enno.',
  'web.case.loadingHistory': 'Hentar historikken …',
  'web.case.personHistory': 'Tidlegare for {name}',
  'web.case.otherReferrals': 'Andre meldingar',
  'web.case.coordinators': 'Koordinatorar',
  'web.case.plans': 'Individuelle planar',
  'web.case.none': 'Ingen',
  'web.case.childCoordinator': 'barnekoordinator',
  'web.case.ongoing': 'pågår',
  'web.case.action.referral.received': 'Meldinga vart motteken',
};

const en: Messages = {
  'web.case.history': 'History',
  'web.case.noHistory': 'No changes are recorded yet.',
  'web.case.loadingHistory': 'Loading the history …',
  'web.case.personHistory': 'Earlier for {name}',
  'web.case.otherReferrals': 'Other referrals',
  'web.case.coordinators': 'Coordinators',
  'web.case.plans': 'Individual plans',
  'web.case.none': 'None',
  'web.case.childCoordinator': 'child coordinator',
  'web.case.ongoing': 'ongoing',
  'web.case.action.referral.received': 'The referral was received',
};

export const historyMessages = { nb, nn, en };
