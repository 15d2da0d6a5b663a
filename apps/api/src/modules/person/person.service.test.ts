// planStateOf: the latest step of the person's history decides, an open plan above all.
import { planStateOf } from './person.service';

const at = (day: string, hour = 12) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);
const none = { plans: [], changeForms: [], decisions: [], referrals: [] };
const granted = { outcome: 'GRANTED', grantsIndividualPlan: true, decidedAt: at('2025-03-01', 13) };

describe('planStateOf', () => {
  it('is NO_REFERRAL with nothing in the history', () => {
    expect(planStateOf(none)).toEqual({ state: 'NO_REFERRAL', since: null });
  });

  it('takes a decline on the day of the decision as the later step', () => {
    const decline = { kind: 'DECLINED_INDIVIDUAL_PLAN', effectiveDate: new Date('2025-03-01T00:00:00.000Z') };
    expect(planStateOf({ ...none, decisions: [granted], changeForms: [decline] }).state).toBe('DECLINED');
  });

  it('takes a new referral after a denial as being assessed', () => {
    const denied = { outcome: 'DENIED', grantsIndividualPlan: false, decidedAt: at('2025-01-10') };
    const referral = { status: 'RECEIVED', receivedAt: at('2025-04-02') };
    expect(planStateOf({ ...none, decisions: [denied], referrals: [referral] })).toEqual({ state: 'IN_ASSESSMENT', since: referral.receivedAt });
  });

  it('lets an open plan decide, whatever came before', () => {
    const decline = { kind: 'DECLINED_INDIVIDUAL_PLAN', effectiveDate: new Date('2025-05-01T00:00:00.000Z') };
    const draft = { status: 'DRAFT', periodStart: null, createdAt: at('2025-06-01'), closedAt: null, updatedAt: at('2025-06-01') };
    expect(planStateOf({ ...none, decisions: [granted], changeForms: [decline], plans: [draft] })).toEqual({
      state: 'DRAFT',
      since: draft.createdAt,
    });
  });

  it('tells a plan closed by a decline as the decline, also on the same day', () => {
    const closed = { id: 'plan-1', status: 'CLOSED', periodStart: null, createdAt: at('2025-03-02'), closedAt: at('2025-03-05', 14), updatedAt: at('2025-03-05', 14) };
    const decline = { kind: 'DECLINED_INDIVIDUAL_PLAN', effectiveDate: new Date('2025-03-05T00:00:00.000Z'), planId: 'plan-1' };
    expect(planStateOf({ ...none, decisions: [granted], plans: [closed], changeForms: [decline] }).state).toBe('DECLINED');
    // A plan closed otherwise is still told as closed.
    const other = { ...decline, planId: 'plan-2' };
    expect(planStateOf({ ...none, decisions: [granted], plans: [closed], changeForms: [other] }).state).toBe('CLOSED');
  });
});

