// Messages of one part of the app in the three languages: starting and editing the individual
// plan, and the plan as a PDF. nb.ts, nn.ts and en.ts spread them in.
const nb = {
  'plan.error.measureDates': 'Til-datoen kan ikke være før fra-datoen.',
};

const nn: Record<keyof typeof nb, string> = {
  'plan.error.measureDates': 'Til-datoen kan ikkje vere før frå-datoen.',
};

const en: Record<keyof typeof nb, string> = {
  'plan.error.measureDates': 'The end date cannot be before the start date.',
};

export const planMessages = { nb, nn, en };
