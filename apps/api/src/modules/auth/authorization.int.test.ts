// The authorization table: every root query and mutation × every role, through HTTP against a
// real database, plus the relationship rules (coordinator of, guardian of, group member with
// consent) and the unauthenticated case. Denied mutations must leave the data unchanged.
import { osloToday } from '@samhandling/shared';
import { DEMO_FACTS, DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import { ApiClient, useTestServer } from '../../test-support/test-server';
import { subscriptionStart } from '../../test-support/ws';
import { rootFieldPolicies } from '../../schema';
import type { Role } from '../../generated/prisma/client';

jest.setTimeout(60_000);

const USER_FOR_ROLE: Record<Role, string> = {
  SYSTEM_COORDINATOR: DEMO_USERNAMES.systemCoordinator,
  UNIT_LEADER: DEMO_USERNAMES.unitLeader,
  COORDINATOR: DEMO_USERNAMES.coordinator,
  SERVICE_PROVIDER: DEMO_USERNAMES.gp,
  CITIZEN: DEMO_USERNAMES.citizen,
};
const ROLES = Object.keys(USER_FOR_ROLE) as Role[];

interface Ids {
  sofie: string;
  sofieIpConsent: string;
  sofieReferral: string;
  sofieDecision: string;
  appeal: string;
  /** A case closed after the person declined the coordinator (Henrik Larsen), its mutations answer CONFLICT. */
  closedReferral: string;
  homeCareUnit: string;
  ingrid: string;
  /** Henrik's change form, registered at KE already: registering it again answers CONFLICT. */
  registeredChangeForm: string;
  /** Sofie's plan and parts of it; the coordinator's edits are answered CONFLICT where they would change it. */
  sofiePlan: string;
  sofieShortTermGoal: string;
  sofieMeasure: string;
  sofiePersonParticipant: string;
  sofieLongTermGoals: string[];
  /** Sofie's goal with a comment thread (her suggestion answered, a newer comment waiting). */
  sofieCommentedGoal: string;
  /** An entry of the history of Sofie's plan: restoring it changes nothing. */
  sofieHistoryEntry: string;
  /** A goal of another person's plan. */
  otherGoal: string;
  /** Sofie's held evaluation (recording it again answers CONFLICT), a sub-plan and a transition. */
  sofieHeldEvaluation: string;
  sofieSubPlan: string;
  sofieTransition: string;
  /** Sofie's planned group meeting (the GP is its minute taker here, Ola invited to one item) and its version. */
  sofieMeeting: string;
  /** An open action item of Sofie's held meeting, the GP's: its minutes are final, so removing it answers CONFLICT. */
  sofieActionItem: string;
  /** Sofie's active group and its GP member; edits from a stale version answer CONFLICT. */
  sofieGroup: string;
  sofieGroupMember: string;
}

interface Operation {
  field: string;
  document: string;
  variables?: (ids: Ids, role: Role) => Record<string, unknown>;
  allowed: Role[];
  /** The access-log action an allowed call writes for the person (Sofie). */
  logs?: string;
  /** A subscription: started over WebSocket, allowed when it stays open. */
  subscription?: boolean;
}

const OPERATIONS: Operation[] = [
  { field: 'Query.me', document: 'query { me { username } }', allowed: ROLES },
  {
    field: 'Mutation.switchRole',
    document: 'mutation ($role: Role!) { switchRole(role: $role) { activeRole } }',
    variables: (_ids, role) => ({ role }),
    allowed: ROLES,
  },
  { field: 'Query.referrals', document: 'query { referrals { totalCount nodes { id } } }', allowed: ['SYSTEM_COORDINATOR'] },
  { field: 'Query.referralCounts', document: 'query { referralCounts { status count } }', allowed: ['SYSTEM_COORDINATOR'] },
  { field: 'Query.keOverview', document: 'query { keOverview { activePlans } }', allowed: ['SYSTEM_COORDINATOR'] },
  { field: 'Query.myUnits', document: 'query { myUnits { name } }', allowed: ['UNIT_LEADER'] },
  { field: 'Query.myCaseload', document: 'query { myCaseload { assignmentId } }', allowed: ['COORDINATOR'] },
  { field: 'Query.myParticipation', document: 'query { myParticipation { groupId } }', allowed: ['SERVICE_PROVIDER'] },
  { field: 'Query.actingFor', document: 'query { actingFor { id } }', allowed: ['CITIZEN'] },
  {
    field: 'Query.plan',
    document: 'query ($personId: ID!) { plan(personId: $personId) { id } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'],
    logs: 'plan.read',
  },
  {
    field: 'Query.person',
    document: 'query ($personId: ID!) { person(personId: $personId) { name planState } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'],
    logs: 'person.read',
  },
  {
    field: 'Query.consents',
    document: 'query ($personId: ID!) { consents(personId: $personId) { id } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR', 'CITIZEN'],
    logs: 'consent.list',
  },
  {
    field: 'Query.accessLog',
    document: 'query ($personId: ID!) { accessLog(personId: $personId, first: 5) { totalCount entries { action } } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['SYSTEM_COORDINATOR', 'CITIZEN'],
    logs: 'accessLog.read',
  },
  { field: 'Query.staffMembers', document: 'query { staffMembers(search: "Ingrid") { id name } }', allowed: ['SYSTEM_COORDINATOR'] },
  {
    field: 'Query.staffAccessLog',
    document: 'query ($userId: ID!) { staffAccessLog(userId: $userId, first: 5) { totalCount entries { action } } }',
    variables: (ids) => ({ userId: ids.ingrid }),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    field: 'Query.sentMail',
    document: 'query { sentMail(first: 5) { totalCount entries { id subject } } }',
    allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR'],
  },
  {
    field: 'Mutation.createReferral',
    document: 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id status } }',
    variables: (ids) => ({
      input: {
        personId: ids.sofie,
        sourceKind: 'PERSON',
        sourceName: 'Sofie Berg',
        channel: 'WRITTEN',
        requested: 'COORDINATOR',
        needDescription: 'Trenger hjelp til å samordne tjenestene etter flytting.',
        consentToRefer: true,
        consentForm: 'WRITTEN',
      },
    }),
    allowed: ROLES,
    logs: 'referral.create',
  },
  {
    field: 'Mutation.withdrawConsent',
    document: 'mutation ($consentId: ID!) { withdrawConsent(consentId: $consentId) { withdrawnAt } }',
    variables: (ids) => ({ consentId: ids.sofieIpConsent }),
    allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR', 'CITIZEN'],
  },
  {
    field: 'Mutation.registerConsent',
    document: 'mutation ($input: RegisterConsentInput!) { registerConsent(input: $input) { id } }',
    // Sofie's consent to a referral (a person may have several).
    variables: (ids) => ({ input: { personId: ids.sofie, scope: 'REFERRAL', form: 'WRITTEN', givenAt: osloToday() } }),
    allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR'],
    logs: 'consent.register',
  },
  { field: 'Query.consentAlerts', document: 'query { consentAlerts { kind person { id } } }', allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR'] },
  {
    field: 'Query.referral',
    document: 'query ($id: ID!) { referral(id: $id) { id person { name } } }',
    variables: (ids) => ({ id: ids.sofieReferral }),
    // The demo unit leader (home care) is asked to appoint for other persons, not Sofie.
    allowed: ['SYSTEM_COORDINATOR'],
    logs: 'referral.read',
  },

  // --- referral intake (the form, person search, the submitter's view)
  { field: 'Query.mySubmittedReferrals', document: 'query { mySubmittedReferrals { id journalNumber status } }', allowed: ROLES },
  {
    field: 'Query.personSearch',
    document: 'query ($query: String) { personSearch(query: $query) { id name } }',
    variables: () => ({ query: 'Sofie Berg' }),
    allowed: ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER'],
  },
  { field: 'Query.units', document: 'query { units { id name } }', allowed: ROLES },

  // --- the case: assessment, decision, letter, appeals
  {
    // Sofie's case is decided: KE's save is refused (CONFLICT), which the policy allowed.
    field: 'Mutation.saveAssessment',
    document: 'mutation ($id: ID!) { saveAssessment(referralId: $id, input: { longTermNeed: true }) { id } }',
    variables: (ids) => ({ id: ids.sofieReferral }),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    // A decision is in force and no appeal reversed it: CONFLICT for KE.
    field: 'Mutation.makeDecision',
    document:
      'mutation ($id: ID!) { makeDecision(referralId: $id, input: { outcome: GRANTED, grantsCoordinator: true, longTermNeed: true, coordinatedServices: true }) { id } }',
    variables: (ids) => ({ id: ids.sofieReferral }),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    field: 'Mutation.recordLetterSent',
    document:
      'mutation ($id: ID!, $on: LocalDate!) { recordLetterSent(decisionId: $id, sentAt: $on, via: POST, expectedVersion: 1) { letterSentVia } }',
    variables: (ids) => ({ id: ids.sofieDecision, on: osloToday() }),
    allowed: ['SYSTEM_COORDINATOR'],
    logs: 'decision.letterSent',
  },
  {
    field: 'Mutation.registerAppeal',
    document:
      'mutation ($id: ID!, $on: LocalDate!) { registerAppeal(decisionId: $id, input: { receivedAt: $on, appellant: "Sofie Berg" }) { id } }',
    variables: (ids) => ({ id: ids.sofieDecision, on: osloToday() }),
    allowed: ['SYSTEM_COORDINATOR'],
    logs: 'appeal.register',
  },
  {
    field: 'Mutation.recordAppealOutcome',
    document:
      'mutation ($id: ID!, $on: LocalDate!) { recordAppealOutcome(appealId: $id, outcome: UPHELD, outcomeDate: $on, expectedVersion: 1) { outcome } }',
    variables: (ids) => ({ id: ids.appeal, on: osloToday() }),
    allowed: ['SYSTEM_COORDINATOR'],
  },

  // --- appointment: delegation, candidates, appointing, declines, the start-up meeting
  {
    field: 'Query.coordinatorCandidates',
    document: 'query ($referralId: ID!) { coordinatorCandidates(referralId: $referralId) { id caseload hasTraining matchesWish } }',
    variables: (ids) => ({ referralId: ids.sofieReferral }),
    // The demo unit leader is asked to appoint for another person, not Sofie.
    allowed: ['SYSTEM_COORDINATOR'],
    logs: 'appointment.candidates',
  },
  { field: 'Query.myAppointmentRequests', document: 'query { myAppointmentRequests { id person { name } } }', allowed: ['UNIT_LEADER'] },
  {
    field: 'Mutation.delegateAppointment',
    document: 'mutation ($referralId: ID!, $unitId: ID!) { delegateAppointment(referralId: $referralId, unitId: $unitId) { id } }',
    // The case is closed: KE is let through and answered CONFLICT.
    variables: (ids) => ({ referralId: ids.closedReferral, unitId: ids.homeCareUnit }),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    field: 'Mutation.appointCoordinator',
    document: 'mutation ($referralId: ID!, $input: AppointCoordinatorInput!) { appointCoordinator(referralId: $referralId, input: $input) { id } }',
    variables: (ids) => ({
      referralId: ids.closedReferral,
      input: { coordinatorId: ids.ingrid, unitId: ids.homeCareUnit, isChildCoordinator: false, startDate: '2026-01-05' },
    }),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    field: 'Mutation.registerDecline',
    document:
      'mutation ($referralId: ID!) { registerDecline(referralId: $referralId, kind: DECLINED_COORDINATOR, effectiveDate: "2026-01-05") { id } }',
    // Henrik has no coordinator, so only KE; the coordinator's way in is tested in appointment.int.test.ts.
    variables: (ids) => ({ referralId: ids.closedReferral }),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    field: 'Mutation.registerChangeForm',
    document: 'mutation ($changeFormId: ID!) { registerChangeForm(changeFormId: $changeFormId) { id registeredAt } }',
    variables: (ids) => ({ changeFormId: ids.registeredChangeForm }),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    field: 'Query.unregisteredChangeForms',
    document: 'query { unregisteredChangeForms { id kind person { name } } }',
    variables: () => ({}),
    allowed: ['SYSTEM_COORDINATOR'],
  },
  {
    field: 'Query.consentSubject',
    document: 'query ($personId: ID!) { consentSubject(personId: $personId) { person { name } guardians { id } } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR'],
    logs: 'consent.subject',
  },
  {
    field: 'Query.changeFormSubject',
    document: 'query ($personId: ID!) { changeFormSubject(personId: $personId) { assignments { id } openPlanId forms { id } candidates { id } } }',
    variables: (ids) => ({ personId: ids.sofie }),
    // Ola leads Hjemmetjenesten, the unit of Sofie's coordinator.
    allowed: ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR'],
    logs: 'changeForm.subject',
  },
  {
    field: 'Mutation.submitChangeForm',
    document: 'mutation ($input: SubmitChangeFormInput!) { submitChangeForm(input: $input) { id } }',
    // Sofie's plan needs her coordinator: closing the coordinator answers CONFLICT and changes nothing.
    variables: (ids) => ({
      input: { personId: ids.sofie, kind: 'CLOSING_COORDINATOR', effectiveDate: osloToday(), reason: 'Flytter.', reportedBy: 'PERSON' },
    }),
    allowed: ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR'],
  },
  {
    field: 'Mutation.planStartupMeeting',
    document: 'mutation ($referralId: ID!) { planStartupMeeting(referralId: $referralId, startsAt: "2999-01-05T10:00:00.000Z") { id } }',
    variables: (ids) => ({ referralId: ids.closedReferral }),
    allowed: ['SYSTEM_COORDINATOR'],
  },

  {
    field: 'Subscription.planChanged',
    document: 'subscription ($planId: ID!) { planChanged(planId: $planId) { entity } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'],
    subscription: true,
  },

  // --- the individual plan's editor (a stale version or a broken rule: CONFLICT for the coordinator)
  {
    field: 'Mutation.createPlan',
    document: 'mutation ($personId: ID!) { createPlan(personId: $personId) { id } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.registerPlanConsent',
    document: 'mutation ($planId: ID!, $on: LocalDate!) { registerPlanConsent(planId: $planId, input: { form: ORAL, givenAt: $on }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan, on: osloToday() }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.continuePlanPeriod',
    // A stale version: let through and answered CONFLICT, nothing changed.
    document: 'mutation ($planId: ID!) { continuePlanPeriod(planId: $planId, expectedVersion: 999, periodEnd: "2999-12-31") { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updatePlanSections',
    document: 'mutation ($planId: ID!) { updatePlanSections(planId: $planId, expectedVersion: 999, input: { dreams: "x" }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.saveLifeArea',
    document: 'mutation ($planId: ID!) { saveLifeArea(planId: $planId, area: HEALTH, expectedVersion: 999, input: { situation: "x" }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.addGoal',
    document: 'mutation ($planId: ID!, $parent: ID!) { addGoal(planId: $planId, input: { kind: SHORT_TERM, description: "x", parentGoalId: $parent }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan, parent: ids.sofieShortTermGoal }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updateGoal',
    document: 'mutation ($id: ID!) { updateGoal(goalId: $id, expectedVersion: 999, input: { description: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieShortTermGoal }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.removeGoal',
    document: 'mutation ($id: ID!) { removeGoal(id: $id, expectedVersion: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieShortTermGoal }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.restoreGoal',
    document: 'mutation ($id: ID!) { restoreGoal(id: $id, expectedVersion: 1) { id } }',
    variables: (ids) => ({ id: ids.sofieShortTermGoal }),
    allowed: ['COORDINATOR'],
  },
  {
    // The order as it is: nothing changes.
    field: 'Mutation.reorderGoals',
    document: 'mutation ($planId: ID!, $goalIds: [ID!]!) { reorderGoals(planId: $planId, kind: LONG_TERM, goalIds: $goalIds) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan, goalIds: ids.sofieLongTermGoals }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.addMeasure',
    document: 'mutation ($planId: ID!, $goalId: ID!) { addMeasure(planId: $planId, input: { goalId: $goalId, description: "x" }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan, goalId: ids.otherGoal }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updateMeasure',
    document: 'mutation ($id: ID!) { updateMeasure(measureId: $id, expectedVersion: 999, input: { description: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieMeasure }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.removeMeasure',
    document: 'mutation ($id: ID!) { removeMeasure(id: $id, expectedVersion: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieMeasure }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.restoreMeasure',
    document: 'mutation ($id: ID!) { restoreMeasure(id: $id, expectedVersion: 1) { id } }',
    variables: (ids) => ({ id: ids.sofieMeasure }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.addParticipant',
    document: 'mutation ($planId: ID!) { addParticipant(planId: $planId, input: { kind: NETWORK, name: "Nabo Nilsen", contribution: "Måker snø" }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updateParticipant',
    document: 'mutation ($id: ID!) { updateParticipant(participantId: $id, expectedVersion: 999, input: { role: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofiePersonParticipant }),
    allowed: ['COORDINATOR'],
  },
  {
    // The person cannot be taken out of their own plan.
    field: 'Mutation.removeParticipant',
    document: 'mutation ($id: ID!) { removeParticipant(id: $id, expectedVersion: 1) { id } }',
    variables: (ids) => ({ id: ids.sofiePersonParticipant }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.restoreParticipant',
    document: 'mutation ($id: ID!) { restoreParticipant(id: $id, expectedVersion: 1) { id } }',
    variables: (ids) => ({ id: ids.sofiePersonParticipant }),
    allowed: ['COORDINATOR'],
  },

  // --- the plan's evaluations, sub-plans, checklists and transitions (CONFLICT, or a harmless change)
  {
    field: 'Mutation.scheduleEvaluation',
    document: 'mutation ($planId: ID!, $on: LocalDate!) { scheduleEvaluation(planId: $planId, scheduledFor: $on) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan, on: osloToday() }),
    allowed: ['COORDINATOR'],
  },
  {
    // Held already.
    field: 'Mutation.recordEvaluation',
    document: 'mutation ($id: ID!) { recordEvaluation(evaluationId: $id, expectedVersion: 1, input: { conclusion: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieHeldEvaluation }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updateEvaluation',
    document: 'mutation ($id: ID!) { updateEvaluation(evaluationId: $id, expectedVersion: 999, input: { conclusion: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieHeldEvaluation }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.removeEvaluation',
    document: 'mutation ($id: ID!) { removeEvaluation(id: $id, expectedVersion: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieHeldEvaluation }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.restoreEvaluation',
    document: 'mutation ($id: ID!) { restoreEvaluation(id: $id, expectedVersion: 1) { id } }',
    variables: (ids) => ({ id: ids.sofieHeldEvaluation }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.addSubPlan',
    document: 'mutation ($planId: ID!) { addSubPlan(planId: $planId, input: { kind: OTHER, title: "Avtale med naboen", ownerName: "Sofie Berg" }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updateSubPlan',
    document: 'mutation ($id: ID!) { updateSubPlan(subPlanId: $id, expectedVersion: 999, input: { note: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieSubPlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.removeSubPlan',
    document: 'mutation ($id: ID!) { removeSubPlan(id: $id, expectedVersion: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieSubPlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.restoreSubPlan',
    document: 'mutation ($id: ID!) { restoreSubPlan(id: $id, expectedVersion: 1) { id } }',
    variables: (ids) => ({ id: ids.sofieSubPlan }),
    allowed: ['COORDINATOR'],
  },
  {
    // Ticked already: nothing changes.
    field: 'Mutation.tickChecklistItem',
    document: 'mutation ($planId: ID!) { tickChecklistItem(planId: $planId, itemKey: "adult.municipalServices") { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    // Not ticked: nothing changes.
    field: 'Mutation.untickChecklistItem',
    document: 'mutation ($planId: ID!) { untickChecklistItem(planId: $planId, itemKey: "adult.guardianship") { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.addTransition',
    document: 'mutation ($planId: ID!) { addTransition(planId: $planId, input: { kind: OTHER, date: "2999-01-05" }) { id } }',
    variables: (ids) => ({ planId: ids.sofiePlan }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updateTransition',
    document: 'mutation ($id: ID!) { updateTransition(transitionId: $id, expectedVersion: 999, input: { note: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieTransition }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.markTransitionReviewed',
    document: 'mutation ($id: ID!) { markTransitionReviewed(transitionId: $id, expectedVersion: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieTransition }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.removeTransition',
    document: 'mutation ($id: ID!) { removeTransition(id: $id, expectedVersion: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieTransition }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.restoreTransition',
    document: 'mutation ($id: ID!) { restoreTransition(id: $id, expectedVersion: 1) { id } }',
    variables: (ids) => ({ id: ids.sofieTransition }),
    allowed: ['COORDINATOR'],
  },

  // --- reviewing the plan: restoring a version, the person's comments and the coordinator's answers
  {
    // The goal still holds the version's text: nothing changes.
    field: 'Mutation.restoreVersion',
    document: 'mutation ($id: ID!) { restoreVersion(historyEntryId: $id, expectedVersion: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieHistoryEntry }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.commentOnGoal',
    document: 'mutation ($id: ID!) { commentOnGoal(goalId: $id, kind: COMMENT, body: "Hvem følger meg til første dag?") { id } }',
    variables: (ids) => ({ id: ids.sofieCommentedGoal }),
    allowed: ['CITIZEN'],
    logs: 'plan.comment',
  },
  {
    field: 'Mutation.answerGoalComments',
    document: 'mutation ($id: ID!) { answerGoalComments(goalId: $id, body: "Jeg blir med deg.") { id } }',
    variables: (ids) => ({ id: ids.sofieCommentedGoal }),
    allowed: ['COORDINATOR'],
    logs: 'plan.answer',
  },

  // --- meetings: a stale version or a broken rule answers CONFLICT for the roles let through
  {
    field: 'Query.meetings',
    document: 'query ($personId: ID!) { meetings(personId: $personId) { upcoming { id agenda { id } } past { id } canPlan } }',
    variables: (ids) => ({ personId: ids.sofie }),
    // Ola (unit leader) is invited to one agenda item of the planned meeting.
    allowed: ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'],
    logs: 'meeting.read',
  },
  {
    field: 'Query.meeting',
    document: 'query ($id: ID!) { meeting(id: $id) { id agenda { id } invitees { id } minutes { missingParts } } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'],
    logs: 'meeting.read',
  },
  { field: 'Query.myTasks', document: 'query { myTasks { id } }', allowed: ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER'] },
  { field: 'Query.toLeadersItems', document: 'query { toLeadersItems { agendaItemId } }', allowed: ['COORDINATOR'] },
  { field: 'Query.meetingCounts', document: 'query { meetingCounts(year: 2026) { held } }', allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR'] },
  {
    // A cooperation meeting without invitees: no mail.
    field: 'Mutation.planMeeting',
    document: 'mutation ($input: MeetingInput!) { planMeeting(input: $input) { id } }',
    variables: (ids) => ({ input: { personId: ids.sofie, type: 'COOPERATION', startsAt: '2999-01-05T10:00:00.000Z', invitees: [] } }),
    allowed: ['COORDINATOR'],
    logs: 'meeting.manage',
  },
  {
    field: 'Mutation.updateMeeting',
    document: 'mutation ($id: ID!) { updateMeeting(meetingId: $id, version: 999, input: { location: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.cancelMeeting',
    document: 'mutation ($id: ID!) { cancelMeeting(meetingId: $id, version: 999, reason: "x") { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.setAgenda',
    document: 'mutation ($id: ID!) { setAgenda(meetingId: $id, version: 999, items: [], setWithPerson: false) { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.buildAgendaFromPlan',
    document: 'mutation ($id: ID!) { buildAgendaFromPlan(meetingId: $id, version: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.sendAgenda',
    document: 'mutation ($id: ID!) { sendAgenda(meetingId: $id, version: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.answerInvitation',
    document: 'mutation ($id: ID!) { answerInvitation(meetingId: $id, answer: ACCEPTED) { myAnswer } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'],
    logs: 'meeting.answer',
  },
  {
    field: 'Mutation.saveMinutes',
    document: 'mutation ($id: ID!) { saveMinutes(meetingId: $id, version: 999, input: { distribution: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR', 'SERVICE_PROVIDER'],
  },
  {
    field: 'Mutation.addActionItem',
    document: 'mutation ($id: ID!) { addActionItem(meetingId: $id, version: 999, input: { description: "x", responsibleText: "Sofie" }) { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR', 'SERVICE_PROVIDER'],
  },
  {
    field: 'Mutation.removeActionItem',
    document: 'mutation ($id: ID!) { removeActionItem(actionItemId: $id, version: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieActionItem }),
    allowed: ['COORDINATOR', 'SERVICE_PROVIDER'],
  },
  {
    // The meeting is ahead: CONFLICT.
    field: 'Mutation.finaliseMinutes',
    document: 'mutation ($id: ID!) { finaliseMinutes(meetingId: $id, version: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieMeeting }),
    allowed: ['COORDINATOR'],
  },
  {
    // The GP's task, Ingrid the coordinator: both let through (and answered CONFLICT); the others are not responsible.
    field: 'Mutation.markActionItemDone',
    document: 'mutation ($id: ID!) { markActionItemDone(actionItemId: $id, version: 999, done: true) { id } }',
    variables: (ids) => ({ id: ids.sofieActionItem }),
    allowed: ['COORDINATOR', 'SERVICE_PROVIDER'],
  },
  // --- responsibility groups (a stale version or an active group already: CONFLICT for the coordinator)
  {
    field: 'Query.group',
    document: 'query ($personId: ID!) { group(personId: $personId) { establishBlockers group { id members { name email } } } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'],
    logs: 'group.read',
  },
  { field: 'Query.groupReviewsDue', document: 'query { groupReviewsDue { groupId reason } }', allowed: ['SYSTEM_COORDINATOR', 'COORDINATOR'] },
  {
    field: 'Query.groupMemberCandidates',
    document: 'query ($personId: ID!) { groupMemberCandidates(personId: $personId) { kind name } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['COORDINATOR'],
    logs: 'group.manage',
  },
  {
    field: 'Mutation.establishGroup',
    document: 'mutation ($personId: ID!) { establishGroup(input: { personId: $personId, wishedByPerson: true }) { id } }',
    variables: (ids) => ({ personId: ids.sofie }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.addGroupMember',
    document: 'mutation ($id: ID!) { addGroupMember(groupId: $id, version: 999, input: { externalName: "Nabo", roleInGroup: "Nabo", organisation: "Nabolaget" }) { id } }',
    variables: (ids) => ({ id: ids.sofieGroup }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.updateGroupMember',
    document: 'mutation ($id: ID!) { updateGroupMember(memberId: $id, version: 999, input: { roleInGroup: "x" }) { id } }',
    variables: (ids) => ({ id: ids.sofieGroupMember }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.removeGroupMember',
    document: 'mutation ($id: ID!) { removeGroupMember(memberId: $id, version: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieGroupMember }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.recordCompositionReview',
    document: 'mutation ($id: ID!) { recordCompositionReview(groupId: $id, version: 999) { id } }',
    variables: (ids) => ({ id: ids.sofieGroup }),
    allowed: ['COORDINATOR'],
  },
  {
    field: 'Mutation.recordNeedReview',
    document: 'mutation ($id: ID!) { recordNeedReview(groupId: $id, version: 999, stillNeeded: true) { id } }',
    variables: (ids) => ({ id: ids.sofieGroup }),
    allowed: ['COORDINATOR'],
  },
];

const server = useTestServer();
let ids: Ids;
const clients = {} as Record<Role, ApiClient>;

async function personId(firstName: string, lastName: string): Promise<string> {
  const person = await server().database.prisma.person.findFirstOrThrow({ where: { firstName, lastName } });
  return person.id;
}

beforeAll(async () => {
  const sofie = await personId(DEMO_PERSONS.citizen.firstName, DEMO_PERSONS.citizen.lastName);
  const consent = await server().database.prisma.consent.findFirstOrThrow({
    where: { personId: sofie, scope: 'INDIVIDUAL_PLAN', withdrawnAt: null },
  });
  const referral = await server().database.prisma.referral.findFirstOrThrow({ where: { personId: sofie } });
  const decision = await server().database.prisma.decision.findFirstOrThrow({ where: { referralId: referral.id, supersededAt: null } });
  const appeal = await server().database.prisma.appeal.findFirstOrThrow();
  const henrik = await personId(DEMO_PERSONS.declinedCoordinator.firstName, DEMO_PERSONS.declinedCoordinator.lastName);
  const closed = await server().database.prisma.referral.findFirstOrThrow({ where: { personId: henrik } });
  const homeCare = await server().database.prisma.unit.findFirstOrThrow({ where: { name: DEMO_UNITS.homeCare } });
  const ingrid = await server().database.prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
  const henrikForm = await server().database.prisma.changeForm.findFirstOrThrow({ where: { personId: henrik } });
  const db = server().database.prisma;
  const plan = await db.individualPlan.findFirstOrThrow({ where: { personId: sofie, status: 'ACTIVE' } });
  const goals = await db.goal.findMany({ where: { planId: plan.id, removedAt: null }, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }] });
  const otherGoal = await db.goal.findFirstOrThrow({ where: { planId: { not: plan.id } } });
  const commented = goals.find((goal) => goal.description === DEMO_FACTS.sofieCommentGoal)!;
  const entry = await db.historyEntry.create({
    data: {
      municipalityId: plan.municipalityId,
      personId: sofie,
      planId: plan.id,
      entity: 'Goal',
      entityId: commented.id,
      entityVersion: commented.version,
      action: 'goal.updated',
      actorId: ingrid.id,
      actorRole: 'COORDINATOR',
      after: { description: commented.description },
    },
  });
  const sofieGroup = await db.responsibilityGroup.findFirstOrThrow({
    where: { personId: sofie, status: 'ACTIVE' },
    include: { members: { where: { user: { username: DEMO_USERNAMES.gp } } } },
  });
  ids = {
    sofie,
    sofieIpConsent: consent.id,
    sofieReferral: referral.id,
    sofieDecision: decision.id,
    appeal: appeal.id,
    closedReferral: closed.id,
    homeCareUnit: homeCare.id,
    ingrid: ingrid.id,
    registeredChangeForm: henrikForm.id,
    sofiePlan: plan.id,
    sofieShortTermGoal: goals.find((goal) => goal.kind === 'SHORT_TERM')!.id,
    sofieMeasure: (await db.measure.findFirstOrThrow({ where: { planId: plan.id } })).id,
    sofiePersonParticipant: (await db.planParticipant.findFirstOrThrow({ where: { planId: plan.id, kind: 'PERSON' } })).id,
    sofieLongTermGoals: goals.filter((goal) => goal.kind === 'LONG_TERM').map((goal) => goal.id),
    otherGoal: otherGoal.id,
    sofieHeldEvaluation: (await db.evaluation.findFirstOrThrow({ where: { planId: plan.id, heldAt: { not: null } } })).id,
    sofieSubPlan: (await db.subPlan.findFirstOrThrow({ where: { planId: plan.id } })).id,
    sofieTransition: (await db.planTransition.findFirstOrThrow({ where: { planId: plan.id } })).id,
    sofieCommentedGoal: commented.id,
    sofieGroup: sofieGroup.id,
    sofieGroupMember: sofieGroup.members[0]!.id,
    sofieHistoryEntry: String(entry.id),
    sofieMeeting: '',
    sofieActionItem: '',
  };
  const meeting = await db.meeting.findFirstOrThrow({ where: { personId: sofie, status: 'PLANNED', type: 'RESPONSIBILITY_GROUP' }, include: { agendaItems: true } });
  const gp = await db.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.gp } });
  const ola = await db.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.unitLeader } });
  await db.meeting.update({ where: { id: meeting.id }, data: { minuteTakerId: gp.id } });
  await db.meetingAttendance.create({ data: { municipalityId: meeting.municipalityId, meetingId: meeting.id, userId: ola.id, agendaItemId: meeting.agendaItems[0]!.id } });
  ids.sofieMeeting = meeting.id;
  ids.sofieActionItem = (await db.actionItem.findFirstOrThrow({ where: { responsibleUserId: gp.id, doneAt: null, meeting: { personId: sofie, status: 'HELD' } } })).id;
  for (const role of ROLES) clients[role] = await server().signIn(USER_FOR_ROLE[role]);
});


const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

describe('the table covers the schema', () => {
  it('lists every root field, and every root field has a policy', () => {
    const policies = rootFieldPolicies();
    expect(OPERATIONS.map((op) => op.field).sort()).toEqual([...policies.keys()].sort());
  });
});

describe.each(OPERATIONS.filter((operation) => operation.subscription))('$field (over WebSocket)', (operation) => {
  it('is UNAUTHENTICATED without a session', async () => {
    expect(await subscriptionStart(server().url, undefined, operation.document, operation.variables!(ids, 'CITIZEN'))).toBe('UNAUTHENTICATED');
  });
  it.each(ROLES)('as %s', async (role) => {
    const started = await subscriptionStart(server().url, clients[role].cookie, operation.document, operation.variables!(ids, role));
    expect(started).toBe(operation.allowed.includes(role) ? 'open' : 'FORBIDDEN');
  });
});

describe.each(OPERATIONS.filter((operation) => !operation.subscription))('$field', (operation) => {
  it('is UNAUTHENTICATED without a session', async () => {
    const result = await server().anonymous().gql(operation.document, operation.variables?.(ids, 'CITIZEN'));
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toBe('Du må logge inn.');
  });

  // Denied roles first, so a mutation's allowed run cannot hide an unchanged-row check.
  const ordered = [...ROLES].sort((a, b) => Number(operation.allowed.includes(a)) - Number(operation.allowed.includes(b)));
  it.each(ordered)(`as %s`, async (role) => {
    const before = await server().database.prisma.consent.findUniqueOrThrow({ where: { id: ids.sofieIpConsent } });
    const logged = () =>
      server().database.prisma.accessLogEntry.count({
        where: { personId: ids.sofie, action: operation.logs, denied: false, actor: { username: USER_FOR_ROLE[role] } },
      });
    const loggedBefore = operation.logs ? await logged() : 0;
    const result = await clients[role].gql(operation.document, operation.variables?.(ids, role));
    if (operation.allowed.includes(role)) {
      if (operation.logs) expect(await logged()).toBe(loggedBefore + 1);
      // Allowed: no authorization error (a withdrawal already done answers CONFLICT, which is allowed).
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(codeOf(result));
      if (codeOf(result) !== 'CONFLICT') expect(result.errors).toBeUndefined();
    } else {
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toBe('Du har ikke tilgang til dette.');
      // Nothing of the field is returned: no data, or the field itself null.
      expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
      const after = await server().database.prisma.consent.findUniqueOrThrow({ where: { id: ids.sofieIpConsent } });
      expect(after).toEqual(before);
      if (operation.logs) expect(await logged()).toBe(loggedBefore);
    }
  });
});

describe('relationships', () => {
  const planQuery = 'query ($personId: ID!) { plan(personId: $personId) { id person { name } } }';

  it('a coordinator reads only the plans of persons they coordinate', async () => {
    const emil = await personId(DEMO_PERSONS.guardianChild.firstName, DEMO_PERSONS.guardianChild.lastName);
    expect(codeOf(await clients.COORDINATOR.gql(planQuery, { personId: emil }))).toBe('FORBIDDEN');
    const jonas = await server().signIn(DEMO_USERNAMES.childCoordinator);
    const { plan } = await jonas.data(planQuery, { personId: emil });
    expect(plan.person.name).toBe('Emil Dahl');
  });

  it('a guardian reads their ward’s plan, and nobody else’s', async () => {
    const emil = await personId(DEMO_PERSONS.guardianChild.firstName, DEMO_PERSONS.guardianChild.lastName);
    const mona = await server().signIn(DEMO_USERNAMES.guardian);
    const { actingFor } = await mona.data('query { actingFor { id name } }');
    expect(actingFor.map((p: { name: string }) => p.name)).toEqual(['Emil Dahl', 'Maja Dahl']);
    expect((await mona.data(planQuery, { personId: emil })).plan.person.name).toBe('Emil Dahl');
    expect(codeOf(await mona.gql(planQuery, { personId: ids.sofie }))).toBe('FORBIDDEN');
    expect(codeOf(await clients.CITIZEN.gql(planQuery, { personId: emil }))).toBe('FORBIDDEN');
  });

  it('a group member without the person’s consent in force is denied the plan', async () => {
    const kristoffer = await personId(DEMO_PERSONS.withdrawnExchangeConsent.firstName, DEMO_PERSONS.withdrawnExchangeConsent.lastName);
    expect(codeOf(await clients.SERVICE_PROVIDER.gql(planQuery, { personId: kristoffer }))).toBe('FORBIDDEN');
    const { myParticipation } = await clients.SERVICE_PROVIDER.data(
      'query { myParticipation { person { name } hasAccess myMeasures { id } } }',
    );
    const entry = myParticipation.find((p: { person: { name: string } }) => p.person.name === 'Kristoffer Lund');
    expect(entry).toEqual({ person: { name: 'Kristoffer Lund' }, hasAccess: false, myMeasures: [] });
  });

  it('a consent that shuts out a professional environment denies its members', async () => {
    const linda = await personId(DEMO_PERSONS.physioRestricted.firstName, DEMO_PERSONS.physioRestricted.lastName);
    const siri = await server().signIn(DEMO_USERNAMES.physio);
    expect(codeOf(await siri.gql(planQuery, { personId: linda }))).toBe('FORBIDDEN');
  });

  it('a malformed person id is BAD_USER_INPUT, not an internal error', async () => {
    const result = await clients.COORDINATOR.gql(planQuery, { personId: 'not-a-uuid' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('roles', () => {
  it('a user with several roles acts in one at a time and can switch', async () => {
    const nina = await server().signIn(DEMO_USERNAMES.leaderAndCoordinator);
    const { me } = await nina.data('query { me { roles activeRole } }');
    expect([...me.roles].sort()).toEqual(['COORDINATOR', 'UNIT_LEADER']);
    expect(me.activeRole).toBe('UNIT_LEADER');
    expect(codeOf(await nina.gql('query { myCaseload { assignmentId } }'))).toBe('FORBIDDEN');
    await nina.data('mutation { switchRole(role: COORDINATOR) { activeRole } }');
    const { myCaseload } = await nina.data('query { myCaseload { person { name } } }');
    expect(myCaseload).toHaveLength(2);
    expect(codeOf(await nina.gql('query { myUnits { name } }'))).toBe('FORBIDDEN');
  });

  it('a role the user does not hold cannot be taken', async () => {
    const result = await clients.COORDINATOR.gql('mutation { switchRole(role: SYSTEM_COORDINATOR) { activeRole } }');
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toBe('Du har ikke rollen «SYSTEM_COORDINATOR».');
    const { me } = await clients.COORDINATOR.data('query { me { activeRole } }');
    expect(me.activeRole).toBe('COORDINATOR');
  });
});

describe('tenants', () => {
  it('no query reaches another municipality’s data', async () => {
    const prisma = server().database.prisma;
    const other = await prisma.municipality.create({ data: { name: 'Nabovik kommune', number: '9997' } });
    const stranger = await prisma.person.create({
      data: { municipalityId: other.id, firstName: 'Ukjent', lastName: 'Nabo', dateOfBirth: new Date('1980-01-01') },
    });
    await prisma.referral.create({
      data: {
        municipalityId: other.id,
        personId: stranger.id,
        sourceKind: 'PERSON',
        sourceName: 'Ukjent Nabo',
        channel: 'ORAL',
        requested: 'BOTH',
        needDescription: 'Behov i nabokommunen.',
        consentToRefer: false,
      },
    });
    const ke = clients.SYSTEM_COORDINATOR;
    const { referrals } = await ke.data('query { referrals(first: 100) { nodes { person { name } } } }');
    expect(referrals.nodes.map((r: { person: { name: string } }) => r.person.name)).not.toContain('Ukjent Nabo');
    expect(codeOf(await ke.gql('query ($p: ID!) { consents(personId: $p) { id } }', { p: stranger.id }))).toBe('FORBIDDEN');
    const created = await ke.gql(OPERATIONS.find((op) => op.field === 'Mutation.createReferral')!.document, {
      input: { ...OPERATIONS.find((op) => op.field === 'Mutation.createReferral')!.variables!(ids, 'SYSTEM_COORDINATOR').input as object, personId: stranger.id },
    });
    expect(codeOf(created)).toBe('FORBIDDEN');
    expect(await prisma.referral.count({ where: { personId: stranger.id } })).toBe(1);
  });
});
