// The common path referral -> GRANTED decision (by the system coordinator) -> coordinator.
import type { DemoBuilder } from './seed-builder';
import { DEMO_USERNAMES } from './personas';

type ReferralInput = Parameters<DemoBuilder['referral']>[1];

export function standardGrantReasons(grants: { coordinator?: boolean; plan?: boolean; childCoordinator?: boolean }): string {
  const what = [
    grants.childCoordinator ? 'barnekoordinator' : grants.coordinator ? 'koordinator' : null,
    grants.plan ? 'individuell plan' : null,
  ]
    .filter(Boolean)
    .join(' og ');
  return (
    `Du har behov for langvarige og koordinerte tjenester fra flere tjenesteytere, og har derfor rett til ${what}. ` +
    'Vedtaket bygger på helse- og omsorgstjenesteloven §§ 7-1, 7-2 og 7-2 a og pasient- og brukerrettighetsloven § 2-5. ' +
    'Individuell plan gir ikke rett til flere tjenester; tjenestene tildeles med egne vedtak.'
  );
}

export function grantedPath(
  b: DemoBuilder,
  personKey: string,
  input: {
    referral: Omit<ReferralInput, 'status' | 'registeredBy'> & { registeredBy?: string };
    decisionDay: number;
    grants: { coordinator?: boolean; plan?: boolean; childCoordinator?: boolean };
    reasons?: string;
    /** Absent: no coordinator appointed (e.g. the person declined). */
    coordinator?: string;
    unitKey?: string;
    child?: boolean;
    startDay?: number;
    endDay?: number;
    endReason?: string;
    wish?: string;
    wishFollowed?: boolean;
    appointedBy?: string;
  },
): { referralId: string; decisionId: string; assignmentId?: string } {
  const referralId = b.referral(personKey, {
    ...input.referral,
    status: 'DECIDED',
    registeredBy: input.referral.registeredBy ?? DEMO_USERNAMES.systemCoordinator,
  });
  const decisionId = b.decision(personKey, referralId, {
    outcome: 'GRANTED',
    grantsCoordinator: input.grants.coordinator ?? false,
    grantsIndividualPlan: input.grants.plan ?? false,
    grantsChildCoordinator: input.grants.childCoordinator ?? false,
    longTermNeed: true,
    coordinatedServices: true,
    reasons: input.reasons ?? standardGrantReasons(input.grants),
    day: input.decisionDay,
    decidedBy: DEMO_USERNAMES.systemCoordinator,
  });
  if (!input.coordinator) return { referralId, decisionId };
  const assignmentId = b.assignment(personKey, {
    coordinator: input.coordinator,
    unitKey: input.unitKey ?? 'homeCare',
    decisionId,
    child: input.child ?? input.grants.childCoordinator ?? false,
    startDay: input.startDay ?? input.decisionDay + 5,
    endDay: input.endDay,
    endReason: input.endReason,
    wish: input.wish,
    wishFollowed: input.wishFollowed,
    appointedBy: input.appointedBy ?? DEMO_USERNAMES.systemCoordinator,
  });
  return { referralId, decisionId, assignmentId };
}
