// Messages of one part of the app in the three languages: KE's inbox, the case page, assessment, decision, letter and appeals.
// nb.ts, nn.ts and en.ts spread them in, so the catalogue checks cover them.
const nb = {
  'web.case.title': 'Sak {journalNumber}',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'web.case.title': 'Sak {journalNumber}',
};

const en: Messages = {
  'web.case.title': 'Case {journalNumber}',
};

export const caseMessages = { nb, nn, en };
