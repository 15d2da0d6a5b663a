// Messages of one part of the app in the three languages: the plan's evaluations, sub-plans,
// life-phase checklists (the items of ../../life-phases.ts, from seed 001) and transitions.
// nb.ts, nn.ts and en.ts spread them in.
const nb = {
  'lifePhase.CHILD': 'Barn',
  'lifePhase.YOUTH': 'Ungdom',
  'lifePhase.ADULT': 'Voksne og eldre',

  'checklist.child.municipalServices':
    'Gi pårørende informasjon om kommunens ordninger og tjenester og hvordan de får tilgang til dem: helse- og omsorgstjenester, spesialpedagogisk hjelp, barnehage, barnevern, fysioterapi, ergoterapi, hjelpemidler, utbedringstilskudd, helsestasjon.',
  'checklist.child.navServices':
    'Gi informasjon om tjenester fra NAV: grunn- og hjelpestønad, pleiepenger, opplæringspenger, utvidet rett til fravær ved sykt barn, stønad til bil.',
  'checklist.child.voluntaryWork': 'Gi ved behov informasjon om frivillig arbeid, interesseorganisasjoner, lag og foreninger i distriktet.',
  'checklist.child.specialistCooperation': 'Sikre samhandling med spesialisthelsetjenesten, kompetansesenter og fastlege.',
  'checklist.child.kindergartenAndSchool': 'Planlegge oppstart i barnehage og skole, og sørge for at tilrettelegging og tiltak er på plass i god tid.',
  'checklist.child.planUpdated':
    'Holde planen oppdatert og sørge for at nødvendig informasjon blir gitt videre ved bytte av samarbeidsinstanser og ved bytte av koordinator.',
  'checklist.youth.municipalServices':
    'Gi personen og eventuelt pårørende eller verge informasjon om kommunens ordninger og tjenester og hvor de tar kontakt: helse- og omsorgstjenester, barnevern, fysioterapi, ergoterapi, hjelpemidler, utbedringstilskudd, helsestasjon for ungdom.',
  'checklist.youth.countyServices':
    'Gi informasjon om fylkeskommunens tjenester: videregående skole, PPT for videregående opplæring, oppfølgingstjenesten (OT), opplæringskontor, yrkeskartlegging, skyss mellom skole og hjem.',
  'checklist.youth.guardianship': 'Gi informasjon om vergemålsordningen.',
  'checklist.youth.navServices':
    'Gi informasjon om tjenester fra NAV: grunn- og hjelpestønad, pleiepenger, opplæringspenger, utvidet rett til fravær ved sykt barn, arbeidsavklaringspenger (AAP), praksisplass, ung ufør, supplerende sosialhjelp, startlån, bostøtte, stønad til bil.',
  'checklist.youth.voluntaryWork': 'Gi ved behov informasjon om frivillig arbeid, interesseorganisasjoner, lag og foreninger i distriktet.',
  'checklist.youth.specialistCooperation': 'Sikre samhandling med spesialisthelsetjenesten, kompetansesenter og fastlege.',
  'checklist.youth.upperSecondary': 'Planlegge oppstart i videregående skole, og sørge for at tilrettelegging og tiltak er på plass i god tid.',
  'checklist.youth.dropout': 'Ta kontakt med oppfølgingstjenesten (OT) ved frafall fra skolen eller fare for frafall.',
  'checklist.youth.ownHome': 'Starte planleggingen av egen bolig.',
  'checklist.youth.work': 'Starte planleggingen av arbeid, varig tilrettelagt arbeid (VTA), aktivitet eller dagsenter etter skolegangen.',
  'checklist.youth.planUpdated':
    'Holde den individuelle planen oppdatert og sørge for at nødvendig informasjon blir gitt videre ved bytte av samarbeidsinstanser og ved bytte av koordinator.',
  'checklist.adult.municipalServices':
    'Gi personen og eventuelt pårørende eller verge informasjon om kommunens ordninger og tjenester og hvor de tar kontakt: helse- og omsorgstjenester, omsorgsbolig, fysioterapi, ergoterapi, hjelpemidler, transportstøtte (TT-kort).',
  'checklist.adult.guardianship': 'Gi informasjon om vergemålsordningen.',
  'checklist.adult.navServices':
    'Gi informasjon om tjenester fra NAV: grunn- og hjelpestønad, arbeidsavklaringspenger (AAP), varig tilrettelagt arbeid (VTA), uføretrygd, supplerende sosialhjelp, bolig, bostøtte, stønad til bil.',
  'checklist.adult.voluntaryWork': 'Gi ved behov informasjon om frivillig arbeid, interesseorganisasjoner, lag og foreninger i distriktet.',
  'checklist.adult.planUpdated':
    'Holde den individuelle planen oppdatert og sørge for at nødvendig informasjon blir gitt videre ved bytte av samarbeidsinstans og ved bytte av koordinator.',

  'evaluation.question.goalsReached': 'Er målene nådd?',
  'evaluation.question.servicesWork': 'Fungerer tjenestene?',
  'evaluation.question.wayOfWorking': 'Er arbeidsformen god?',
  'evaluation.question.ownerExperience': 'Hvilke erfaringer har planeieren gjort?',
  'evaluation.question.conclusion': 'Hva endres: nye mål og tiltak',

  'subPlanKind.IOP': 'Individuell opplæringsplan (IOP)',
  'subPlanKind.RELAY_LOG': 'Stafettlogg',
  'subPlanKind.REHABILITATION_PLAN': 'Rehabiliteringsplan',
  'subPlanKind.MEASURE_PLAN': 'Tiltaksplan',
  'subPlanKind.CRISIS_PLAN': 'Kriseplan',
  'subPlanKind.TREATMENT_PLAN': 'Behandlingsplan',
  'subPlanKind.OTHER': 'Annen delplan',

  'transitionKind.KINDERGARTEN': 'Start i barnehage',
  'transitionKind.PRIMARY_SCHOOL': 'Start på skolen',
  'transitionKind.UPPER_SECONDARY': 'Start i videregående skole',
  'transitionKind.ADULT_LIFE': 'Overgang til voksenlivet',
  'transitionKind.OWN_HOME': 'Flytting til egen bolig',
  'transitionKind.WORK': 'Arbeid eller aktivitet',
  'transitionKind.OTHER': 'Annen overgang',


  // The plan's parts in the PDF (apps/api/src/modules/plan/plan-pdf.ts).
  'plan.pdf.section.subPlans': 'Delplaner',
  'plan.pdf.subPlan.kind': 'Type',
  'plan.pdf.subPlan.owner': 'Eier',
  'plan.pdf.section.evaluations': 'Evalueringer',
  'plan.pdf.evaluation.held': 'Evaluering {date}',
  'plan.pdf.evaluation.conclusion': 'Konklusjon',
};

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'lifePhase.CHILD': 'Barn',
  'lifePhase.YOUTH': 'Ungdom',
  'lifePhase.ADULT': 'Vaksne og eldre',

  'checklist.child.municipalServices':
    'Gi pårørande informasjon om kva ordningar og tenester kommunen forvaltar, og korleis ein får tilgang til dei: helse- og omsorgstenester, spesialpedagogisk hjelp, barnehage, barnevern, fysioterapi, ergoterapi, hjelpemiddel, utbetringstilskot, helsestasjon.',
  'checklist.child.navServices':
    'Gi informasjon om tenester frå NAV: grunn- og hjelpestønad, pleiepengar, opplæringspengar, utvida rett til fråvær ved sjukt barn, stønad til bil.',
  'checklist.child.voluntaryWork': 'Gi ved behov informasjon om frivillig arbeid, interesseorganisasjonar, lag og foreiningar i distriktet.',
  'checklist.child.specialistCooperation': 'Sikre samhandling med spesialisthelsetenesta, kompetansesenter og fastlege.',
  'checklist.child.kindergartenAndSchool': 'Planleggje oppstart i barnehage og skule, og sørgje for at tilrettelegging og tiltak er på plass i god tid.',
  'checklist.child.planUpdated':
    'Halde planen oppdatert og sørgje for at nødvendig informasjon blir gitt vidare ved skifte av samarbeidsinstansar og ved skifte av koordinator.',
  'checklist.youth.municipalServices':
    'Gi tenestemottakaren og eventuelt pårørande eller verje informasjon om kva ordningar og tenester kommunen forvaltar, og kvar dei tek kontakt: helse- og omsorgstenester, barnevern, fysioterapi, ergoterapi, hjelpemiddel, utbetringstilskot, helsestasjon for ungdom.',
  'checklist.youth.countyServices':
    'Gi informasjon om fylkeskommunale tenester: vidaregåande skule, PPT for vidaregåande opplæring, oppfølgingstenesta (OT), opplæringskontor, yrkeskartlegging, skyss mellom skule og heim.',
  'checklist.youth.guardianship': 'Gi informasjon om verjemålsordninga.',
  'checklist.youth.navServices':
    'Gi informasjon om tenester frå NAV: grunn- og hjelpestønad, pleiepengar, opplæringspengar, utvida rett til fråvær ved sjukt barn, arbeidsavklaringspengar (AAP), praksisplass, ung ufør, supplerande sosialhjelp, startlån, bustøtte, stønad til bil.',
  'checklist.youth.voluntaryWork': 'Gi ved behov informasjon om frivillig arbeid, interesseorganisasjonar, lag og foreiningar i distriktet.',
  'checklist.youth.specialistCooperation': 'Sikre samhandling med spesialisthelsetenesta, kompetansesenter og fastlege.',
  'checklist.youth.upperSecondary': 'Planleggje oppstart av vidaregåande skule, og sørgje for at tilrettelegging og tiltak er på plass i god tid.',
  'checklist.youth.dropout': 'Ta kontakt med oppfølgingstenesta (OT) ved fråfall frå skulen eller fare for fråfall.',
  'checklist.youth.ownHome': 'Starte planlegginga av eigen bustad.',
  'checklist.youth.work': 'Starte planlegginga av arbeid, varig tilrettelagt arbeid (VTA), aktivitet eller dagsenter etter avslutta skulegang.',
  'checklist.youth.planUpdated':
    'Halde den individuelle planen oppdatert og sørgje for at nødvendig informasjon blir gitt vidare ved skifte av samarbeidsinstansar og ved skifte av koordinator.',
  'checklist.adult.municipalServices':
    'Gi tenestemottakaren og eventuelt pårørande eller verje informasjon om kva ordningar og tenester kommunen forvaltar, og kvar dei tek kontakt: helse- og omsorgstenester, omsorgsbustad, fysioterapi, ergoterapi, hjelpemiddel, transportstøtte (TT-kort).',
  'checklist.adult.guardianship': 'Gi informasjon om verjemålsordninga.',
  'checklist.adult.navServices':
    'Gi informasjon om tenester frå NAV: grunn- og hjelpestønad, arbeidsavklaringspengar (AAP), varig tilrettelagt arbeid (VTA), uføretrygd, supplerande sosialhjelp, bustad, bustøtte, stønad til bil.',
  'checklist.adult.voluntaryWork': 'Gi ved behov informasjon om frivillig arbeid, interesseorganisasjonar, lag og foreiningar i distriktet.',
  'checklist.adult.planUpdated':
    'Halde den individuelle planen oppdatert og sørgje for at nødvendig informasjon blir gitt vidare ved skifte av samarbeidsinstans og ved skifte av koordinator.',

  'evaluation.question.goalsReached': 'Er måla nådd?',
  'evaluation.question.servicesWork': 'Fungerer tenestene?',
  'evaluation.question.wayOfWorking': 'Er arbeidsforma god?',
  'evaluation.question.ownerExperience': 'Kva erfaring er gjort av planeigaren?',
  'evaluation.question.conclusion': 'Kva blir endra: nye mål og tiltak',

  'subPlanKind.IOP': 'Individuell opplæringsplan (IOP)',
  'subPlanKind.RELAY_LOG': 'Stafettlogg',
  'subPlanKind.REHABILITATION_PLAN': 'Rehabiliteringsplan',
  'subPlanKind.MEASURE_PLAN': 'Tiltaksplan',
  'subPlanKind.CRISIS_PLAN': 'Kriseplan',
  'subPlanKind.TREATMENT_PLAN': 'Behandlingsplan',
  'subPlanKind.OTHER': 'Annan delplan',

  'transitionKind.KINDERGARTEN': 'Start i barnehage',
  'transitionKind.PRIMARY_SCHOOL': 'Start på skulen',
  'transitionKind.UPPER_SECONDARY': 'Start i vidaregåande skule',
  'transitionKind.ADULT_LIFE': 'Overgang til vaksenlivet',
  'transitionKind.OWN_HOME': 'Flytting til eigen bustad',
  'transitionKind.WORK': 'Arbeid eller aktivitet',
  'transitionKind.OTHER': 'Annan overgang',


  'plan.pdf.section.subPlans': 'Delplanar',
  'plan.pdf.subPlan.kind': 'Type',
  'plan.pdf.subPlan.owner': 'Eigar',
  'plan.pdf.section.evaluations': 'Evalueringar',
  'plan.pdf.evaluation.held': 'Evaluering {date}',
  'plan.pdf.evaluation.conclusion': 'Konklusjon',
};

const en: Messages = {
  'lifePhase.CHILD': 'Children',
  'lifePhase.YOUTH': 'Young people',
  'lifePhase.ADULT': 'Adults and the elderly',

  'checklist.child.municipalServices':
    "Tell the family about the municipality's schemes and services and how to get them: health and care services, special needs education, kindergarten, child welfare, physiotherapy, occupational therapy, assistive aids, home adaptation grants, the health centre.",
  'checklist.child.navServices':
    "Tell them about NAV's services: basic and attendance benefit, care benefit, training allowance, extended leave for a sick child, car grants.",
  'checklist.child.voluntaryWork': 'When needed, tell them about voluntary work, user organisations, clubs and associations in the area.',
  'checklist.child.specialistCooperation': 'Ensure cooperation with the specialist health service, competence centres and the GP.',
  'checklist.child.kindergartenAndSchool': 'Plan the start in kindergarten and school, and have the adaptations and measures in place in good time.',
  'checklist.child.planUpdated': 'Keep the plan up to date and pass on the necessary information when the agencies involved or the coordinator change.',
  'checklist.youth.municipalServices':
    "Tell the person, and relatives or guardian where relevant, about the municipality's schemes and services and whom to contact: health and care services, child welfare, physiotherapy, occupational therapy, assistive aids, home adaptation grants, the youth health centre.",
  'checklist.youth.countyServices':
    "Tell them about the county's services: upper secondary school, the educational psychology service for upper secondary, the follow-up service (OT), training offices, vocational assessment, transport between school and home.",
  'checklist.youth.guardianship': 'Tell them about guardianship.',
  'checklist.youth.navServices':
    "Tell them about NAV's services: basic and attendance benefit, care benefit, training allowance, extended leave for a sick child, work assessment allowance (AAP), work placements, the young disabled supplement, supplementary social assistance, start-up loans, housing allowance, car grants.",
  'checklist.youth.voluntaryWork': 'When needed, tell them about voluntary work, user organisations, clubs and associations in the area.',
  'checklist.youth.specialistCooperation': 'Ensure cooperation with the specialist health service, competence centres and the GP.',
  'checklist.youth.upperSecondary': 'Plan the start in upper secondary school, and have the adaptations and measures in place in good time.',
  'checklist.youth.dropout': 'Contact the follow-up service (OT) when the person drops out of school or is at risk of dropping out.',
  'checklist.youth.ownHome': 'Start planning a home of their own.',
  'checklist.youth.work': 'Start planning work, permanent adapted work (VTA), activity or a day centre after school.',
  'checklist.youth.planUpdated':
    'Keep the individual plan up to date and pass on the necessary information when the agencies involved or the coordinator change.',
  'checklist.adult.municipalServices':
    "Tell the person, and relatives or guardian where relevant, about the municipality's schemes and services and whom to contact: health and care services, sheltered housing, physiotherapy, occupational therapy, assistive aids, transport support (TT card).",
  'checklist.adult.guardianship': 'Tell them about guardianship.',
  'checklist.adult.navServices':
    "Tell them about NAV's services: basic and attendance benefit, work assessment allowance (AAP), permanent adapted work (VTA), disability benefit, supplementary social assistance, housing, housing allowance, car grants.",
  'checklist.adult.voluntaryWork': 'When needed, tell them about voluntary work, user organisations, clubs and associations in the area.',
  'checklist.adult.planUpdated':
    'Keep the individual plan up to date and pass on the necessary information when the agencies involved or the coordinator change.',

  'evaluation.question.goalsReached': 'Are the goals reached?',
  'evaluation.question.servicesWork': 'Do the services work?',
  'evaluation.question.wayOfWorking': 'Is the way of working good?',
  'evaluation.question.ownerExperience': "What is the plan owner's experience?",
  'evaluation.question.conclusion': 'What changes: new goals and measures',

  'subPlanKind.IOP': 'Individual education plan (IOP)',
  'subPlanKind.RELAY_LOG': 'Relay log (stafettlogg)',
  'subPlanKind.REHABILITATION_PLAN': 'Rehabilitation plan',
  'subPlanKind.MEASURE_PLAN': 'Measure plan',
  'subPlanKind.CRISIS_PLAN': 'Crisis plan',
  'subPlanKind.TREATMENT_PLAN': 'Treatment plan',
  'subPlanKind.OTHER': 'Other sub-plan',

  'transitionKind.KINDERGARTEN': 'Starting kindergarten',
  'transitionKind.PRIMARY_SCHOOL': 'Starting school',
  'transitionKind.UPPER_SECONDARY': 'Starting upper secondary school',
  'transitionKind.ADULT_LIFE': 'Into adult life',
  'transitionKind.OWN_HOME': 'Moving to a home of their own',
  'transitionKind.WORK': 'Work or activity',
  'transitionKind.OTHER': 'Other transition',


  'plan.pdf.section.subPlans': 'Sub-plans',
  'plan.pdf.subPlan.kind': 'Kind',
  'plan.pdf.subPlan.owner': 'Owner',
  'plan.pdf.section.evaluations': 'Evaluations',
  'plan.pdf.evaluation.held': 'Evaluation on {date}',
  'plan.pdf.evaluation.conclusion': 'Conclusion',
};

export const planPartsMessages = { nb, nn, en };
