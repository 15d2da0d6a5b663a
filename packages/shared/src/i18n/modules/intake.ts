// Messages of one part of the app in the three languages: the referral form (staff and citizen) and the submitter's view of their referrals.
// nb.ts, nn.ts and en.ts spread them in, so the catalogue checks cover them.
const nb = {
  'referral.journalTitle': 'Melding – behov for koordinerte tjenester',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'referral.journalTitle': 'Melding – behov for koordinerte tenester',
};

const en: Messages = {
  'referral.journalTitle': 'Report – need for coordinated services',
};

export const intakeMessages = { nb, nn, en };
