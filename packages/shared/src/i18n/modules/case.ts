// Messages of one part of the app in the three languages: KE's inbox, the case page, assessment,
// decision, letter and appeals. nb.ts, nn.ts and en.ts spread them in, so the catalogue checks cover them.
const nb = {
  'web.case.title': 'Sak {journalNumber}',
  'web.case.titleFor': 'Sak for {name}',
  'web.case.loadingTitle': 'Sak',
  'web.case.loading': 'Henter saken …',
  'web.case.breadcrumb': 'Tilbake',
  'web.case.back': 'Til innboksen',
  'web.case.waitingDays': '{count, plural, one {har ventet # dag} other {har ventet # dager}}',
  'web.case.nationalId': 'Fødselsnummer',
  'web.case.interpreter': 'Trenger tolk',
  'web.case.homeVisitRecommended': 'Lite eller nyfødt barn med sammensatte behov: hjemmebesøk anbefales.',
  'web.case.discharge':
    '{count, plural, =0 {Innlagt på sykehus: planlagt utskriving {date}, i dag.} one {Innlagt på sykehus: planlagt utskriving {date}, om # dag.} other {Innlagt på sykehus: planlagt utskriving {date}, om # dager.}}',
  'web.case.referral': 'Meldingen',
  'web.case.reportedBy': 'Meldt av',
  'web.case.wish': 'Ønske om koordinator',
  'web.case.noWish': 'Ikke oppgitt',
  'web.case.consent': 'Samtykke til meldingen',
  'web.case.noConsent': 'Ikke registrert',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'web.case.title': 'Sak {journalNumber}',
  'web.case.titleFor': 'Sak for {name}',
  'web.case.loadingTitle': 'Sak',
  'web.case.loading': 'Hentar saka …',
  'web.case.breadcrumb': 'Tilbake',
  'web.case.back': 'Til innboksen',
  'web.case.waitingDays': '{count, plural, one {har venta # dag} other {har venta # dagar}}',
  'web.case.nationalId': 'Fødselsnummer',
  'web.case.interpreter': 'Treng tolk',
  'web.case.homeVisitRecommended': 'Lite eller nyfødd barn med samansette behov: heimebesøk er tilrådd.',
  'web.case.discharge':
    '{count, plural, =0 {Innlagd på sjukehus: planlagd utskriving {date}, i dag.} one {Innlagd på sjukehus: planlagd utskriving {date}, om # dag.} other {Innlagd på sjukehus: planlagd utskriving {date}, om # dagar.}}',
  'web.case.referral': 'Meldinga',
  'web.case.reportedBy': 'Meldt av',
  'web.case.wish': 'Ønske om koordinator',
  'web.case.noWish': 'Ikkje oppgitt',
  'web.case.consent': 'Samtykke til meldinga',
  'web.case.noConsent': 'Ikkje registrert',
};

const en: Messages = {
  'web.case.title': 'Case {journalNumber}',
  'web.case.titleFor': 'Case for {name}',
  'web.case.loadingTitle': 'Case',
  'web.case.loading': 'Loading the case …',
  'web.case.breadcrumb': 'Back',
  'web.case.back': 'To the inbox',
  'web.case.waitingDays': '{count, plural, one {waiting for # day} other {waiting for # days}}',
  'web.case.nationalId': 'National identity number',
  'web.case.interpreter': 'Needs an interpreter',
  'web.case.homeVisitRecommended': 'A small or newborn child with complex needs: a home visit is recommended.',
  'web.case.discharge':
    '{count, plural, =0 {Hospital inpatient: planned discharge {date}, today.} one {Hospital inpatient: planned discharge {date}, in # day.} other {Hospital inpatient: planned discharge {date}, in # days.}}',
  'web.case.referral': 'The referral',
  'web.case.reportedBy': 'Reported by',
  'web.case.wish': 'Wish for a coordinator',
  'web.case.noWish': 'Not given',
  'web.case.consent': 'Consent to the referral',
  'web.case.noConsent': 'Not recorded',
};

export const caseMessages = { nb, nn, en };
