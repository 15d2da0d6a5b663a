// Granted cases waiting for a coordinator: one KE has left to the leader of Hjemmetjenesten
// (ola.leder), one waiting for KE to appoint; and the case closed because the person declined
// the coordinator.
import { randomUUID } from 'node:crypto';
import type { DemoBuilder } from './seed-builder';
import { DEMO_PERSONS as P, DEMO_USERNAMES as U } from './personas';
import { grantedPath } from './seed-paths';

const ADDR = (street: string) => `${street}, 9998 Fjordvik`;

export function buildAppointment(b: DemoBuilder): void {
  delegatedToHomeCare(b);
  waitingForKe(b);
  closeDeclinedCoordinatorCase(b);
}

function wish(b: DemoBuilder, referralId: string, input: { name?: string; unitKey?: string }): void {
  const row = b.rows.referrals.find((r) => r.id === referralId);
  if (!row) throw new Error('demo seed: referral not built');
  row.wishedCoordinator = input.name ?? null;
  row.wishedUnitId = input.unitKey ? b.unit(input.unitKey) : null;
}

// Gunnar Strøm (77): granted; KE asked the leader of Hjemmetjenesten to appoint, two days ago.
function delegatedToHomeCare(b: DemoBuilder): void {
  b.addPerson('gunnar', { ...P.awaitingUnitLeader, age: 77, address: ADDR('Strandvegen 12') });
  const { referralId, decisionId } = grantedPath(b, 'gunnar', {
    referral: {
      sourceKind: 'MUNICIPAL_PROVIDER',
      sourceName: 'Ola Fjeld',
      sourceOrganisation: 'Hjemmetjenesten',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      need:
        'Gunnar har Parkinsons sykdom og begynnende demens. Han får hjemmesykepleie, fysioterapi og dagtilbud, og ' +
        'kona hans trenger avlastning. Mange aktører, lite samordning.',
      consent: 'WRITTEN',
      receivedDay: -24,
    },
    decisionDay: -6,
    grants: { coordinator: true, plan: true },
  });
  wish(b, referralId, { unitKey: 'homeCare' });
  b.rows.delegations.push({
    id: randomUUID(),
    municipalityId: b.mid,
    referralId,
    decisionId,
    personId: b.person('gunnar'),
    unitId: b.unit('homeCare'),
    note: 'Gunnar og kona ønsker en koordinator fra hjemmetjenesten, som kjenner dem fra før.',
    requestedById: b.user(U.systemCoordinator),
    requestedAt: b.cal.at(-2, 10),
  });
}

// Mathilde Eng (11): granted child coordinator and plan; waits for KE to appoint. The parents wish Jonas Lie.
function waitingForKe(b: DemoBuilder): void {
  b.addPerson('mathilde', { ...P.awaitingKe, age: 11, address: ADDR('Skolevegen 7') });
  b.addRelative('mathilde.kristin', 'mathilde', { name: 'Kristin Eng', relation: 'PARENT', isGuardian: true });
  const { referralId } = grantedPath(b, 'mathilde', {
    referral: {
      sourceKind: 'RELATIVE',
      sourceName: 'Kristin Eng (mor)',
      channel: 'WRITTEN',
      requested: 'BOTH',
      need:
        'Mathilde har cerebral parese og epilepsi. Hun følges av habiliteringstjenesten, skolen, fysioterapeut og ' +
        'helsestasjonen. Foreldrene ønsker barnekoordinator og har gode erfaringer med Jonas Lie.',
      consent: 'WRITTEN',
      receivedDay: -20,
    },
    decisionDay: -3,
    grants: { childCoordinator: true, plan: true },
  });
  wish(b, referralId, { name: 'Jonas Lie', unitKey: 'childHealth' });
}

// Henrik Larsen declined the coordinator: his case is closed (seed-adults.ts builds it).
function closeDeclinedCoordinatorCase(b: DemoBuilder): void {
  const personId = b.person('henrik');
  const row = b.rows.referrals.find((r) => r.personId === personId);
  if (!row) throw new Error('demo seed: Henrik has no referral');
  row.status = 'CLOSED';
  row.closedAt = b.cal.at(-45, 14);
}
