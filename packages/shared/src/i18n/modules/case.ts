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
  // --- assessment, decision, letter, appeals (API)
  'case.assessment.error.notOpen':
    'Vurderingen kan ikke endres: saken er {status, select, DECIDED {avgjort} WITHDRAWN {trukket} other {avsluttet}}.',
  'case.decision.error.notOpen': 'Det kan ikke fattes vedtak: saken er {status, select, WITHDRAWN {trukket} other {avsluttet}}.',
  'case.decision.error.inForce':
    'Saken har allerede et vedtak som gjelder. Et nytt vedtak kan bare fattes når en klage på vedtaket er tatt til følge.',
  'case.decision.error.grantsNothing': 'Et innvilget vedtak må innvilge koordinator, individuell plan eller barnekoordinator.',
  'case.decision.error.denialGrants': 'Et avslag kan ikke innvilge noe.',
  'case.decision.error.childCoordinatorAge': 'Barnekoordinator kan bare innvilges for barn under 18 år eller barn som ikke er født ennå.',
  'case.decision.error.reasonsRequired': 'Skriv en begrunnelse: avslag, også på en del av det som er søkt om, må begrunnes.',
  'case.decision.error.criterionRequired': 'Ta stilling til kriteriet: ja eller nei.',
  'case.decision.appealText':
    'Klagen må være skriftlig. Skriv hva du klager på, hvilken endring du ønsker, og hvorfor. Vi hjelper deg gjerne med å skrive klagen. Endrer vi ikke vedtaket, sender vi klagen til Statsforvalteren, som avgjør saken.',
  'case.error.dateInFuture': 'Datoen kan ikke være etter i dag.',
  'case.error.dateBeforeDecision': 'Datoen kan ikke være før vedtaket ble fattet ({date}).',
  'case.error.dateBeforeAppeal': 'Datoen kan ikke være før klagen kom inn ({date}).',
  'case.appeal.error.superseded': 'Vedtaket er erstattet av et nytt vedtak. Registrer klagen på vedtaket som gjelder.',
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
  // --- assessment, decision, letter, appeals (API)
  'case.assessment.error.notOpen':
    'Vurderinga kan ikkje endrast: saka er {status, select, DECIDED {avgjord} WITHDRAWN {trekt} other {avslutta}}.',
  'case.decision.error.notOpen': 'Det kan ikkje gjerast vedtak: saka er {status, select, WITHDRAWN {trekt} other {avslutta}}.',
  'case.decision.error.inForce':
    'Saka har alt eit vedtak som gjeld. Eit nytt vedtak kan berre gjerast når ei klage på vedtaket er teken til følgje.',
  'case.decision.error.grantsNothing': 'Eit innvilga vedtak må innvilge koordinator, individuell plan eller barnekoordinator.',
  'case.decision.error.denialGrants': 'Eit avslag kan ikkje innvilge noko.',
  'case.decision.error.childCoordinatorAge': 'Barnekoordinator kan berre innvilgast for barn under 18 år eller barn som ikkje er fødde enno.',
  'case.decision.error.reasonsRequired': 'Skriv ei grunngiving: avslag, også på ein del av det som er søkt om, må grunngivast.',
  'case.decision.error.criterionRequired': 'Ta stilling til kriteriet: ja eller nei.',
  'case.decision.appealText':
    'Klaga må vere skriftleg. Skriv kva du klagar på, kva endring du ønskjer, og kvifor. Vi hjelper deg gjerne med å skrive klaga. Endrar vi ikkje vedtaket, sender vi klaga til Statsforvaltaren, som avgjer saka.',
  'case.error.dateInFuture': 'Datoen kan ikkje vere etter i dag.',
  'case.error.dateBeforeDecision': 'Datoen kan ikkje vere før vedtaket vart gjort ({date}).',
  'case.error.dateBeforeAppeal': 'Datoen kan ikkje vere før klaga kom inn ({date}).',
  'case.appeal.error.superseded': 'Vedtaket er erstatta av eit nytt vedtak. Registrer klaga på vedtaket som gjeld.',
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
  // --- assessment, decision, letter, appeals (API)
  'case.assessment.error.notOpen':
    'The assessment cannot be changed: the case is {status, select, DECIDED {decided} WITHDRAWN {withdrawn} other {closed}}.',
  'case.decision.error.notOpen': 'No decision can be made: the case is {status, select, WITHDRAWN {withdrawn} other {closed}}.',
  'case.decision.error.inForce':
    'The case already has a decision in force. A new decision can only be made when an appeal against it has been reversed.',
  'case.decision.error.grantsNothing': 'A grant must grant a coordinator, an individual plan or a child coordinator.',
  'case.decision.error.denialGrants': 'A denial cannot grant anything.',
  'case.decision.error.childCoordinatorAge': 'A child coordinator can only be granted for a child under 18 or a child not yet born.',
  'case.decision.error.reasonsRequired': 'Give reasons: a denial, also of part of what was asked for, must give reasons.',
  'case.decision.error.criterionRequired': 'Decide on the criterion: yes or no.',
  'case.decision.appealText':
    'The appeal must be in writing. Say what you appeal against, what change you want, and why. We are glad to help you write the appeal. If we do not change the decision, we send the appeal to the County Governor (Statsforvalteren), who decides the case.',
  'case.error.dateInFuture': 'The date cannot be after today.',
  'case.error.dateBeforeDecision': 'The date cannot be before the decision was made ({date}).',
  'case.error.dateBeforeAppeal': 'The date cannot be before the appeal was received ({date}).',
  'case.appeal.error.superseded': 'The decision has been replaced by a new one. Register the appeal on the decision in force.',
};

export const caseMessages = { nb, nn, en };
