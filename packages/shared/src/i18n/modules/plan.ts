// Messages of one part of the app in the three languages: starting and editing the individual
// plan. nb.ts, nn.ts and en.ts spread them in.
const nb = {
  'plan.error.closed': 'Planen er avsluttet og kan ikke endres.',
  'plan.error.noDecision': 'Personen har ikke vedtak om individuell plan. Koordinerende enhet må innvilge individuell plan først.',
  'plan.error.consentExists': 'Samtykket til planen er allerede registrert.',
  'plan.error.notGuardian': 'Den som samtykket, må være personens verge eller foresatte.',
  'plan.error.parentGoal': 'Et kortsiktig mål kan bare høre til et langsiktig mål i samme plan.',
  'plan.error.goalInOtherPlan': 'Målet hører til en annen plan.',
  'plan.error.participantInOtherPlan': 'Deltakeren hører til en annen plan.',
  'plan.error.periodOrder': 'Planperioden må slutte etter at den starter.',
  'plan.error.revisionOutsidePeriod': 'Revisjonsdatoen må ligge i planperioden.',
  'plan.error.measureDates': 'Til-datoen kan ikke være før fra-datoen.',
  'plan.error.reorder': 'Rekkefølgen må nevne hvert mål av samme slag én gang.',
  'plan.error.notRemoved': 'Det er ikke fjernet, og kan ikke hentes tilbake.',
  'plan.error.noSuchVersion': 'Den versjonen finnes ikke i historikken.',
  'plan.error.unknownUnit': 'Enheten finnes ikke i kommunen.',
  'plan.error.lastPersonParticipant': 'Personen selv kan ikke fjernes fra planen.',
  'plan.error.goalRemoved': 'Målet er fjernet fra planen.',
  'plan.error.nothingToAnswer': 'Ingen har kommentert dette målet ennå, så det er ingenting å svare på.',
};

const nn: Record<keyof typeof nb, string> = {
  'plan.error.closed': 'Planen er avslutta og kan ikkje endrast.',
  'plan.error.noDecision': 'Personen har ikkje vedtak om individuell plan. Koordinerande eining må innvilge individuell plan først.',
  'plan.error.consentExists': 'Samtykket til planen er alt registrert.',
  'plan.error.notGuardian': 'Den som samtykte, må vere verja eller føresette til personen.',
  'plan.error.parentGoal': 'Eit kortsiktig mål kan berre høyre til eit langsiktig mål i same plan.',
  'plan.error.goalInOtherPlan': 'Målet høyrer til ein annan plan.',
  'plan.error.participantInOtherPlan': 'Deltakaren høyrer til ein annan plan.',
  'plan.error.periodOrder': 'Planperioden må slutte etter at han startar.',
  'plan.error.revisionOutsidePeriod': 'Revisjonsdatoen må liggje i planperioden.',
  'plan.error.measureDates': 'Til-datoen kan ikkje vere før frå-datoen.',
  'plan.error.reorder': 'Rekkjefølgja må nemne kvart mål av same slag éin gong.',
  'plan.error.notRemoved': 'Det er ikkje fjerna, og kan ikkje hentast tilbake.',
  'plan.error.noSuchVersion': 'Den versjonen finst ikkje i historikken.',
  'plan.error.unknownUnit': 'Eininga finst ikkje i kommunen.',
  'plan.error.lastPersonParticipant': 'Personen sjølv kan ikkje fjernast frå planen.',
  'plan.error.goalRemoved': 'Målet er fjerna frå planen.',
  'plan.error.nothingToAnswer': 'Ingen har kommentert dette målet enno, så det er ingenting å svare på.',
};

const en: Record<keyof typeof nb, string> = {
  'plan.error.closed': 'The plan is closed and cannot be changed.',
  'plan.error.noDecision': 'The person has no decision granting an individual plan. The coordinating unit must grant one first.',
  'plan.error.consentExists': 'The consent to the plan is already registered.',
  'plan.error.notGuardian': "Whoever consented must be the person's guardian.",
  'plan.error.parentGoal': 'A short-term goal can only serve a long-term goal of the same plan.',
  'plan.error.goalInOtherPlan': 'The goal belongs to another plan.',
  'plan.error.participantInOtherPlan': 'The participant belongs to another plan.',
  'plan.error.periodOrder': 'The plan period must end after it starts.',
  'plan.error.revisionOutsidePeriod': 'The revision date must lie within the plan period.',
  'plan.error.measureDates': 'The end date cannot be before the start date.',
  'plan.error.reorder': 'The order must name each goal of the kind once.',
  'plan.error.notRemoved': 'It is not removed, so it cannot be brought back.',
  'plan.error.noSuchVersion': 'That version is not in the history.',
  'plan.error.unknownUnit': 'The unit does not exist in the municipality.',
  'plan.error.lastPersonParticipant': 'The person themselves cannot be removed from the plan.',
  'plan.error.goalRemoved': 'The goal has been removed from the plan.',
  'plan.error.nothingToAnswer': 'No one has commented on this goal yet, so there is nothing to answer.',
};

export const planMessages = { nb, nn, en };
