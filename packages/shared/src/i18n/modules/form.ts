// Messages of the web app's forms, whatever they are for: the required marker, the error summary,
// choices, dates and loading again after a conflict. nb.ts, nn.ts and en.ts spread them in.
const nb = {
  'web.form.required': '(må fylles ut)',
  'web.form.errorSummary': 'Rett opp dette før du sender:',
  'web.form.choose': 'Velg …',
  'web.form.chooseOne': 'Velg ett av valgene.',
  'web.form.dateRequired': 'Fyll inn en dato.',
  'web.form.dateInFuture': 'Datoen kan ikke være etter i dag.',
  'web.form.reload': 'Last inn på nytt',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'web.form.required': '(må fyllast ut)',
  'web.form.errorSummary': 'Rett opp dette før du sender:',
  'web.form.choose': 'Vel …',
  'web.form.chooseOne': 'Vel eitt av vala.',
  'web.form.dateRequired': 'Fyll inn ein dato.',
  'web.form.dateInFuture': 'Datoen kan ikkje vere etter i dag.',
  'web.form.reload': 'Last inn på nytt',
};

const en: Messages = {
  'web.form.required': '(required)',
  'web.form.errorSummary': 'Please correct the following before sending:',
  'web.form.choose': 'Choose …',
  'web.form.chooseOne': 'Choose one of the options.',
  'web.form.dateRequired': 'Enter a date.',
  'web.form.dateInFuture': 'The date cannot be after today.',
  'web.form.reload': 'Load again',
};

export const formMessages = { nb, nn, en };
