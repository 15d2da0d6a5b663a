// Messages of one part of the app in the three languages: the referral form (staff and citizen) and the submitter's view of their referrals.
// nb.ts, nn.ts and en.ts spread them in, so the catalogue checks cover them.
const nb = {
  'referral.journalTitle': 'Melding – behov for koordinerte tjenester',
  'validation.consentRequired': 'Meldingen kan bare sendes når personen (eller foresatte) har samtykket.',
  'validation.parentRequired': 'Oppgi en av foreldrene til det ufødte barnet.',
  'validation.dischargeDateRequired': 'Oppgi planlagt utskrivingsdato for en innlagt pasient.',
  'validation.unknownUnit': 'Velg en enhet i kommunen.',
  'validation.tooManyServices': 'Du kan føre opp høyst {max} tjenester.',
  'validation.consentDateInFuture': 'Datoen for samtykket kan ikke være fram i tid.',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'referral.journalTitle': 'Melding – behov for koordinerte tenester',
  'validation.consentRequired': 'Meldinga kan berre sendast når personen (eller føresette) har samtykt.',
  'validation.parentRequired': 'Oppgi ein av foreldra til det ufødde barnet.',
  'validation.dischargeDateRequired': 'Oppgi planlagd utskrivingsdato for ein innlagd pasient.',
  'validation.unknownUnit': 'Vel ei eining i kommunen.',
  'validation.tooManyServices': 'Du kan føre opp høgst {max} tenester.',
  'validation.consentDateInFuture': 'Datoen for samtykket kan ikkje vere fram i tid.',
};

const en: Messages = {
  'referral.journalTitle': 'Report – need for coordinated services',
  'validation.consentRequired': 'The report can only be sent when the person (or their guardian) has consented.',
  'validation.parentRequired': 'Name one of the unborn child’s parents.',
  'validation.dischargeDateRequired': 'Give the planned discharge date for an inpatient.',
  'validation.unknownUnit': 'Choose a unit of the municipality.',
  'validation.tooManyServices': 'You can list at most {max} services.',
  'validation.consentDateInFuture': 'The date of the consent cannot be in the future.',
};

export const intakeMessages = { nb, nn, en };
