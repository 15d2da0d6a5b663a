// Messages of one part of the app in the three languages: appointing a coordinator (KE and unit leader), declines, the start-up meeting.
// nb.ts, nn.ts and en.ts spread them in, so the catalogue checks cover them.
const nb = {
  'web.appointment.title': 'Oppnevne koordinator',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'web.appointment.title': 'Oppnemne koordinator',
};

const en: Messages = {
  'web.appointment.title': 'Appoint a coordinator',
};

export const appointmentMessages = { nb, nn, en };
