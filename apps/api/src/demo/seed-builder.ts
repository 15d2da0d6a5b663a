// Collects the demo rows in memory (with ids generated here), so the seed can insert each
// table with one createMany in dependency order. Every row carries municipalityId.
import { randomUUID } from 'node:crypto';
import type {
  AppealOutcome,
  AssessmentProposal,
  ChangeFormKind,
  ChangeFormReporter,
  CommentKind,
  ConsentForm,
  ConsentScope,
  DecisionOutcome,
  EmployerKind,
  GoalKind,
  GoalStatus,
  LifeArea,
  LifePhase,
  MeasureStatus,
  MeetingStatus,
  MeetingType,
  AttendanceAnswer,
  ToLeadersKind,
  PlanStatus,
  Prisma,
  ReferralSourceKind,
  ReferralStatus,
  RelationKind,
  RequestedService,
  RestrictionKind,
  Role,
  SubPlanKind,
  TransitionKind,
  UnitKind,
  Channel,
} from '../generated/prisma/client';
import { createCalendar, createJournal, createRandom, fictionalNationalId } from './seed-support';

export const APPEAL_INFORMATION =
  'Du har rett til å klage på vedtaket. Klagefristen er tre uker fra du mottok dette brevet ' +
  '(forvaltningsloven § 29). Klagen sendes til Fjordvik kommune, koordinerende enhet. Dersom vi ' +
  'ikke endrer vedtaket, sender vi klagen videre til Statsforvalteren, som avgjør saken. Du har ' +
  'rett til å se dokumentene i saken (forvaltningsloven §§ 18 og 19), og du kan få hjelp av oss ' +
  'til å skrive klagen.';

export interface DemoRows {
  municipality: Prisma.MunicipalityCreateInput & { id: string };
  serviceAreas: Prisma.ServiceAreaCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  units: Prisma.UnitCreateManyInput[];
  staffUnits: Prisma.StaffUnitCreateManyInput[];
  persons: Prisma.PersonCreateManyInput[];
  relatives: Prisma.RelativeCreateManyInput[];
  referrals: Prisma.ReferralCreateManyInput[];
  decisions: Prisma.DecisionCreateManyInput[];
  assessments: Prisma.AssessmentCreateManyInput[];
  appeals: Prisma.AppealCreateManyInput[];
  assignments: Prisma.CoordinatorAssignmentCreateManyInput[];
  plans: Prisma.IndividualPlanCreateManyInput[];
  planParticipants: Prisma.PlanParticipantCreateManyInput[];
  lifeAreas: Prisma.LifeAreaMappingCreateManyInput[];
  goals: Prisma.GoalCreateManyInput[];
  measures: Prisma.MeasureCreateManyInput[];
  goalComments: Prisma.GoalCommentCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  subPlans: Prisma.SubPlanCreateManyInput[];
  checklistItems: Prisma.PlanChecklistItemCreateManyInput[];
  transitions: Prisma.PlanTransitionCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  restrictions: Prisma.ConsentRestrictionCreateManyInput[];
  groups: Prisma.ResponsibilityGroupCreateManyInput[];
  groupMembers: Prisma.GroupMemberCreateManyInput[];
  meetings: Prisma.MeetingCreateManyInput[];
  agendaItems: Prisma.AgendaItemCreateManyInput[];
  attendances: Prisma.MeetingAttendanceCreateManyInput[];
  actionItems: Prisma.ActionItemCreateManyInput[];
  changeForms: Prisma.ChangeFormCreateManyInput[];
  competenceRecords: Prisma.CompetenceRecordCreateManyInput[];
  /** The highest journal number used per year, so a new referral takes the next one. */
  journalCounters: Prisma.JournalCounterCreateManyInput[];
  delegations: Prisma.AppointmentDelegationCreateManyInput[];
}

/** A participant in a group or meeting: exactly one of these. */
export type Participant =
  | { user: string }
  | { relative: string }
  | { person: true }
  | { external: string; email?: string };

export class DemoBuilder {
  readonly mid = randomUUID();
  readonly cal;
  readonly rnd = createRandom(9998);
  private readonly journal = createJournal();
  private nationalIdSerial = 11;

  readonly userIds = new Map<string, string>();
  readonly unitIds = new Map<string, string>();
  readonly personIds = new Map<string, string>();
  readonly personNames = new Map<string, string>();
  readonly relativeIds = new Map<string, string>();

  readonly rows: DemoRows;

  /** The exact moment the demo is seen from (timestamps are never after it unless planned). */
  readonly now: Date;

  constructor(today: Date, name: string, number: string) {
    this.now = new Date(today);
    this.cal = createCalendar(today);
    this.rows = {
      municipality: { id: this.mid, name, number },
      serviceAreas: [],
      users: [],
      units: [],
      staffUnits: [],
      persons: [],
      relatives: [],
      referrals: [],
      decisions: [],
      assessments: [],
      appeals: [],
      assignments: [],
      plans: [],
      planParticipants: [],
      lifeAreas: [],
      goals: [],
      measures: [],
      goalComments: [],
      evaluations: [],
      subPlans: [],
      checklistItems: [],
      transitions: [],
      consents: [],
      restrictions: [],
      groups: [],
      groupMembers: [],
      meetings: [],
      agendaItems: [],
      attendances: [],
      actionItems: [],
      changeForms: [],
      competenceRecords: [],
      journalCounters: [],
      delegations: [],
    };
  }

  // ---- lookups -----------------------------------------------------------------------------

  user(username: string): string {
    return this.lookup(this.userIds, 'user', username);
  }
  unit(key: string): string {
    return this.lookup(this.unitIds, 'unit', key);
  }
  person(key: string): string {
    return this.lookup(this.personIds, 'person', key);
  }
  relative(key: string): string {
    return this.lookup(this.relativeIds, 'relative', key);
  }
  private lookup(ids: Map<string, string>, kind: string, key: string): string {
    const id = ids.get(key);
    if (!id) throw new Error(`demo seed: unknown ${kind} ${key}`);
    return id;
  }

  // ---- organisation ------------------------------------------------------------------------

  serviceArea(name: string): string {
    const id = randomUUID();
    this.rows.serviceAreas.push({ id, municipalityId: this.mid, name });
    return id;
  }

  staff(input: {
    username: string;
    name: string;
    roles: Role[];
    title: string;
    email: string;
    employer?: EmployerKind;
    units: string[];
  }): string {
    const id = randomUUID();
    this.userIds.set(input.username, id);
    this.rows.users.push({
      id,
      municipalityId: this.mid,
      username: input.username,
      kind: 'STAFF',
      roles: input.roles,
      name: input.name,
      title: input.title,
      email: input.email,
      employer: input.employer ?? 'MUNICIPALITY',
    });
    for (const unitKey of input.units) {
      this.rows.staffUnits.push({ municipalityId: this.mid, userId: id, unitId: this.unit(unitKey) });
    }
    return id;
  }

  /** Units are declared before staff (staff reference units); leaders are filled in later. */
  declareUnit(key: string, name: string, kind: UnitKind, serviceAreaId: string): string {
    const id = randomUUID();
    this.unitIds.set(key, id);
    this.rows.units.push({ id, municipalityId: this.mid, name, kind, serviceAreaId });
    return id;
  }

  setLeader(unitKey: string, username: string): void {
    const unitId = this.unit(unitKey);
    const row = this.rows.units.find((u) => u.id === unitId);
    if (!row) throw new Error(`demo seed: unit ${unitKey} not declared`);
    row.leaderId = this.user(username);
  }

  citizenUser(input: { username: string; name: string; email?: string; personKey?: string }): string {
    const id = randomUUID();
    this.userIds.set(input.username, id);
    this.rows.users.push({
      id,
      municipalityId: this.mid,
      username: input.username,
      kind: 'CITIZEN',
      roles: ['CITIZEN'],
      name: input.name,
      email: input.email ?? null,
      personId: input.personKey ? this.person(input.personKey) : null,
    });
    return id;
  }

  // ---- persons -----------------------------------------------------------------------------

  addPerson(
    key: string,
    input: {
      firstName: string;
      lastName: string;
      /** Age in whole years (the birthday is a deterministic 10-330 days past). */
      age?: number;
      /** Age in days, for infants (overrides age). */
      ageInDays?: number;
      /** Unborn: expected birth date this many days from today. */
      expectedInDays?: number;
      /** A fixed date of birth (YYYY-MM-DD) and national id, for a person a test types in. */
      fixed?: { dateOfBirth: string; nationalId: string };
      address?: string;
      email?: string;
      preferredLanguage?: string;
      needsInterpreter?: boolean;
    },
  ): string {
    const id = randomUUID();
    const extra = this.rnd.int(10, 330);
    let dateOfBirth: Date | null = null;
    let expectedBirthDate: Date | null = null;
    if (input.fixed) {
      dateOfBirth = new Date(`${input.fixed.dateOfBirth}T00:00:00Z`);
    } else if (input.expectedInDays !== undefined) {
      expectedBirthDate = this.cal.day(input.expectedInDays);
    } else if (input.ageInDays !== undefined) {
      dateOfBirth = this.cal.day(-input.ageInDays);
    } else {
      dateOfBirth = this.cal.yearsAgo(input.age ?? 40, extra);
    }
    this.personIds.set(key, id);
    this.personNames.set(key, `${input.firstName} ${input.lastName}`);
    this.rows.persons.push({
      id,
      municipalityId: this.mid,
      nationalId: input.fixed?.nationalId ?? (dateOfBirth ? fictionalNationalId(dateOfBirth, this.nationalIdSerial++) : null),
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth,
      expectedBirthDate,
      address: input.address ?? null,
      email: input.email ?? null,
      preferredLanguage: input.preferredLanguage ?? 'nb',
      needsInterpreter: input.needsInterpreter ?? false,
      // createdAt: set to the person's first referral (see referral()).
    });
    return id;
  }

  addRelative(
    key: string,
    personKey: string,
    input: { name: string; relation: RelationKind; isGuardian?: boolean; email?: string; userId?: string },
  ): string {
    const id = randomUUID();
    this.relativeIds.set(key, id);
    this.rows.relatives.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      name: input.name,
      relation: input.relation,
      isGuardian: input.isGuardian ?? false,
      email: input.email ?? null,
      userId: input.userId ?? null,
    });
    return id;
  }

  // ---- referral, decision, assignment -----------------------------------------------------

  referral(
    personKey: string,
    input: {
      sourceKind: ReferralSourceKind;
      sourceName: string;
      sourceOrganisation?: string;
      channel: Channel;
      requested: RequestedService;
      need: string;
      consent: ConsentForm | null;
      homeVisitPlanned?: boolean;
      receivedDay: number;
      receivedHour?: number;
      journal?: boolean;
      status: ReferralStatus;
      registeredBy?: string;
    },
  ): string {
    const id = randomUUID();
    // Never in the future, even when seeded early in the morning.
    const receivedAt = new Date(
      Math.min(this.cal.at(input.receivedDay, input.receivedHour ?? 9, 30).getTime(), this.now.getTime()),
    );
    const person = this.rows.persons.find((p) => p.id === this.person(personKey));
    if (person && (!(person.createdAt instanceof Date) || person.createdAt > receivedAt)) person.createdAt = receivedAt;
    this.rows.referrals.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      sourceKind: input.sourceKind,
      sourceName: input.sourceName,
      sourceOrganisation: input.sourceOrganisation ?? null,
      channel: input.channel,
      requested: input.requested,
      needDescription: input.need,
      consentToRefer: input.consent !== null,
      consentForm: input.consent,
      homeVisitPlanned: input.homeVisitPlanned ?? false,
      receivedAt,
      journalNumber: input.journal === false ? null : this.countJournal(this.journal(receivedAt)),
      status: input.status,
      registeredById: input.registeredBy ? this.user(input.registeredBy) : null,
    });
    return id;
  }

  /** Keeps the municipality's journal counter of the number's year at the highest number used. */
  private countJournal(journalNumber: string): string {
    const [year, serial] = journalNumber.split('/').map(Number) as [number, number];
    const counter = this.rows.journalCounters.find((c) => c.year === year);
    if (counter) counter.last = Math.max(counter.last, serial);
    else this.rows.journalCounters.push({ municipalityId: this.mid, year, last: serial });
    return journalNumber;
  }

  decision(
    personKey: string,
    referralId: string,
    input: {
      outcome: DecisionOutcome;
      grantsCoordinator?: boolean;
      grantsIndividualPlan?: boolean;
      grantsChildCoordinator?: boolean;
      longTermNeed: boolean;
      coordinatedServices: boolean;
      reasons: string;
      day: number;
      decidedBy: string;
    },
  ): string {
    const id = randomUUID();
    const letterDay = input.day + 1;
    this.rows.decisions.push({
      id,
      municipalityId: this.mid,
      referralId,
      personId: this.person(personKey),
      outcome: input.outcome,
      grantsCoordinator: input.grantsCoordinator ?? false,
      grantsIndividualPlan: input.grantsIndividualPlan ?? false,
      grantsChildCoordinator: input.grantsChildCoordinator ?? false,
      longTermNeed: input.longTermNeed,
      coordinatedServices: input.coordinatedServices,
      reasons: input.reasons,
      appealInformation: APPEAL_INFORMATION,
      decidedById: this.user(input.decidedBy),
      decidedAt: this.cal.at(input.day, 13),
      letterSentAt: this.cal.at(letterDay, 11),
      appealDeadline: this.cal.day(letterDay + 21),
    });
    return id;
  }

  /** KE's assessment of a referral in assessment: the criteria (null: not judged yet) and a proposal. */
  assessment(
    referralId: string,
    input: {
      longTermNeed?: boolean;
      longTermNeedNote?: string;
      coordinatedServices?: boolean;
      coordinatedServicesNote?: string;
      proposal?: AssessmentProposal;
      day: number;
      assessedBy: string;
    },
  ): string {
    const id = randomUUID();
    this.rows.assessments.push({
      id,
      municipalityId: this.mid,
      referralId,
      longTermNeed: input.longTermNeed ?? null,
      longTermNeedNote: input.longTermNeedNote ?? null,
      coordinatedServices: input.coordinatedServices ?? null,
      coordinatedServicesNote: input.coordinatedServicesNote ?? null,
      proposal: input.proposal ?? null,
      assessedById: this.user(input.assessedBy),
      updatedAt: new Date(Math.min(this.cal.at(input.day, 14).getTime(), this.now.getTime())),
    });
    return id;
  }

  /** An appeal against a decision, with where it ended (if it has). */
  appeal(
    personKey: string,
    decisionId: string,
    input: {
      receivedDay: number;
      appellant: string;
      grounds: string;
      outcome?: AppealOutcome;
      outcomeDay?: number;
      outcomeNote?: string;
      registeredBy: string;
    },
  ): string {
    const id = randomUUID();
    this.rows.appeals.push({
      id,
      municipalityId: this.mid,
      decisionId,
      personId: this.person(personKey),
      receivedAt: this.cal.day(input.receivedDay),
      appellant: input.appellant,
      grounds: input.grounds,
      outcome: input.outcome ?? null,
      outcomeDate: input.outcomeDay === undefined ? null : this.cal.day(input.outcomeDay),
      outcomeNote: input.outcomeNote ?? null,
      registeredById: this.user(input.registeredBy),
      createdAt: this.cal.at(input.receivedDay, 10),
    });
    return id;
  }

  assignment(
    personKey: string,
    input: {
      coordinator: string;
      unitKey: string;
      decisionId: string;
      child?: boolean;
      startDay: number;
      endDay?: number;
      endReason?: string;
      wish?: string;
      wishFollowed?: boolean;
      appointedBy: string;
    },
  ): string {
    const id = randomUUID();
    this.rows.assignments.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      coordinatorId: this.user(input.coordinator),
      unitId: this.unit(input.unitKey),
      decisionId: input.decisionId,
      isChildCoordinator: input.child ?? false,
      startDate: this.cal.day(input.startDay),
      endDate: input.endDay === undefined ? null : this.cal.day(input.endDay),
      endReason: input.endReason ?? null,
      personWish: input.wish ?? null,
      wishFollowed: input.wishFollowed ?? null,
      appointedById: this.user(input.appointedBy),
      createdAt: this.cal.at(input.startDay, 12),
    });
    return id;
  }

  // ---- plan --------------------------------------------------------------------------------

  plan(
    personKey: string,
    input: {
      status: PlanStatus;
      periodStartDay?: number;
      periodMonths?: number;
      nextRevisionDay?: number;
      whatIsImportant?: string;
      resources?: string;
      needs?: string;
      ownContribution?: string;
      networkContribution?: string;
      cooperationNeeds?: string;
      languageAndCulture?: string;
      createdBy: string;
      createdDay: number;
      closedDay?: number;
      closedReason?: string;
      periodEndDay?: number;
    },
  ): string {
    const id = randomUUID();
    const periodStart = input.periodStartDay === undefined ? null : this.cal.day(input.periodStartDay);
    let periodEnd: Date | null = null;
    if (input.periodEndDay !== undefined) periodEnd = this.cal.day(input.periodEndDay);
    else if (periodStart && input.periodMonths) {
      periodEnd = new Date(periodStart);
      periodEnd.setUTCMonth(periodEnd.getUTCMonth() + input.periodMonths);
    }
    this.rows.plans.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      status: input.status,
      periodStart,
      periodEnd,
      nextRevisionDate: input.nextRevisionDay === undefined ? null : this.cal.day(input.nextRevisionDay),
      whatIsImportant: input.whatIsImportant ?? null,
      resources: input.resources ?? null,
      needs: input.needs ?? null,
      ownContribution: input.ownContribution ?? null,
      networkContribution: input.networkContribution ?? null,
      cooperationNeeds: input.cooperationNeeds ?? null,
      languageAndCulture: input.languageAndCulture ?? null,
      createdById: this.user(input.createdBy),
      createdAt: this.cal.at(input.createdDay, 14),
      closedAt: input.closedDay === undefined ? null : this.cal.at(input.closedDay, 15),
      closedReason: input.closedReason ?? null,
    });
    return id;
  }

  lifeAreas(planId: string, areas: Array<[LifeArea, string, string?, string?]>): void {
    for (const [area, situation, resources, wishes] of areas) {
      this.rows.lifeAreas.push({
        id: randomUUID(),
        municipalityId: this.mid,
        planId,
        area,
        situation,
        resources: resources ?? null,
        wishes: wishes ?? null,
      });
    }
  }

  goal(
    planId: string,
    input: {
      kind: GoalKind;
      lifeArea?: LifeArea;
      description: string;
      status: GoalStatus;
      targetDay?: number;
      parentId?: string;
      sortOrder: number;
      createdDay: number;
    },
  ): string {
    const id = randomUUID();
    this.rows.goals.push({
      id,
      municipalityId: this.mid,
      planId,
      kind: input.kind,
      lifeArea: input.lifeArea ?? null,
      description: input.description,
      status: input.status,
      targetDate: input.targetDay === undefined ? null : this.cal.day(input.targetDay),
      parentGoalId: input.parentId ?? null,
      sortOrder: input.sortOrder,
      createdAt: this.cal.at(input.createdDay, 14, input.sortOrder),
    });
    return id;
  }

  measure(
    planId: string,
    input: {
      goalId?: string;
      description: string;
      scope?: string;
      howCarriedOut?: string;
      user?: string;
      unitKey?: string;
      text?: string;
      dueDay?: number;
      status: MeasureStatus;
      createdDay: number;
    },
  ): string {
    const id = randomUUID();
    this.rows.measures.push({
      id,
      municipalityId: this.mid,
      planId,
      goalId: input.goalId ?? null,
      description: input.description,
      scope: input.scope ?? null,
      howCarriedOut: input.howCarriedOut ?? null,
      responsibleUserId: input.user ? this.user(input.user) : null,
      responsibleUnitId: input.unitKey ? this.unit(input.unitKey) : null,
      responsibleText: input.text ?? null,
      dueDate: input.dueDay === undefined ? null : this.cal.day(input.dueDay),
      status: input.status,
      createdAt: this.cal.at(input.createdDay, 15, this.rows.measures.length % 60),
    });
    return id;
  }

  /** A comment on a goal by the person (or guardian), or the coordinator's answer, which answers what came before it. */
  goalComment(
    planId: string,
    goalId: string,
    input: { kind: CommentKind; body: string; author: string; day: number; hour: number },
  ): string {
    const id = randomUUID();
    const createdAt = this.cal.at(input.day, input.hour);
    if (input.kind === 'ANSWER') {
      for (const comment of this.rows.goalComments) {
        if (comment.goalId === goalId && comment.kind !== 'ANSWER' && !comment.answeredAt) comment.answeredAt = createdAt;
      }
    }
    this.rows.goalComments.push({
      id,
      municipalityId: this.mid,
      planId,
      goalId,
      kind: input.kind,
      body: input.body,
      authorId: this.user(input.author),
      createdAt,
    });
    return id;
  }

  evaluation(
    planId: string,
    input: {
      scheduledDay: number;
      heldDay?: number;
      goalsReached?: string;
      servicesWork?: string;
      wayOfWorking?: string;
      ownerExperience?: string;
      conclusion?: string;
      evaluatedBy?: string;
    },
  ): string {
    const id = randomUUID();
    this.rows.evaluations.push({
      id,
      municipalityId: this.mid,
      planId,
      scheduledFor: this.cal.day(input.scheduledDay),
      heldAt: input.heldDay === undefined ? null : this.cal.at(input.heldDay, 13),
      goalsReached: input.goalsReached ?? null,
      servicesWork: input.servicesWork ?? null,
      wayOfWorking: input.wayOfWorking ?? null,
      ownerExperience: input.ownerExperience ?? null,
      conclusion: input.conclusion ?? null,
      evaluatedById: input.evaluatedBy ? this.user(input.evaluatedBy) : null,
    });
    return id;
  }

  /** Owned by a unit (ownerUnitKey) or a person named in text (ownerName). */
  subPlan(
    planId: string,
    input: {
      kind: SubPlanKind;
      title: string;
      ownerUnitKey?: string;
      ownerName?: string;
      note?: string;
      lifeArea?: LifeArea;
      externalReference?: string;
      createdDay: number;
    },
  ): string {
    const id = randomUUID();
    this.rows.subPlans.push({
      id,
      municipalityId: this.mid,
      planId,
      kind: input.kind,
      title: input.title,
      ownerUnitId: input.ownerUnitKey ? this.unit(input.ownerUnitKey) : null,
      ownerName: input.ownerName ?? null,
      note: input.note ?? null,
      lifeArea: input.lifeArea ?? null,
      externalReference: input.externalReference ?? null,
      createdAt: this.cal.at(input.createdDay, 12),
    });
    return id;
  }

  /** Ticked items of a life-phase checklist (keys of LIFE_PHASE_CHECKLISTS), each on its day. */
  checklist(planId: string, phase: LifePhase, ticks: Array<[itemKey: string, day: number]>, checkedBy: string): void {
    for (const [itemKey, day] of ticks) {
      this.rows.checklistItems.push({ municipalityId: this.mid, planId, phase, itemKey, checkedAt: this.cal.at(day, 11), checkedById: this.user(checkedBy) });
    }
  }

  transition(planId: string, input: { kind: TransitionKind; day: number; note?: string; reviewedDay?: number; reviewedBy?: string; createdDay: number }): string {
    const id = randomUUID();
    this.rows.transitions.push({
      id,
      municipalityId: this.mid,
      planId,
      kind: input.kind,
      date: this.cal.day(input.day),
      note: input.note ?? null,
      reviewedAt: input.reviewedDay === undefined ? null : this.cal.at(input.reviewedDay, 14),
      reviewedById: input.reviewedBy ? this.user(input.reviewedBy) : null,
      createdAt: this.cal.at(input.createdDay, 12),
    });
    return id;
  }

  // ---- consent -----------------------------------------------------------------------------

  consent(
    personKey: string,
    input: {
      scope: ConsentScope;
      form: ConsentForm;
      givenByRelative?: string;
      givenDay: number;
      periodStartDay?: number;
      periodEndDay?: number;
      informed?: boolean;
      documentReference?: string;
      withdrawnDay?: number;
      withdrawnNote?: string;
      registeredBy: string;
      /** An oral consent: who heard it (by default who registered it), at this time of the day given. */
      heardBy?: string;
      heardTime?: [hour: number, minute: number];
      youngPersonView?: string;
      youngPersonAgrees?: boolean;
    },
  ): string {
    const id = randomUUID();
    const informed = input.informed ?? input.scope !== 'INDIVIDUAL_PLAN';
    const oral = input.form === 'ORAL';
    this.rows.consents.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      scope: input.scope,
      form: input.form,
      givenByRelativeId: input.givenByRelative ? this.relative(input.givenByRelative) : null,
      givenAt: this.cal.at(input.givenDay, 11),
      periodStart: input.periodStartDay === undefined ? null : this.cal.day(input.periodStartDay),
      periodEnd: input.periodEndDay === undefined ? null : this.cal.day(input.periodEndDay),
      informedOfComposition: informed,
      informedOfWayOfWorking: informed,
      informedOfInformationExchange: informed,
      documentReference: input.documentReference ?? (input.form === 'WRITTEN' ? 'Signert samtykkeerklæring, skannet til fagsystemet' : null),
      withdrawnAt: input.withdrawnDay === undefined ? null : this.cal.at(input.withdrawnDay, 14),
      withdrawnNote: input.withdrawnNote ?? null,
      heardById: oral ? this.user(input.heardBy ?? input.registeredBy) : null,
      heardAt: oral ? this.cal.at(input.givenDay, ...(input.heardTime ?? [11, 0])) : null,
      youngPersonView: input.youngPersonView ?? null,
      youngPersonAgrees: input.youngPersonAgrees ?? null,
      registeredById: this.user(input.registeredBy),
    });
    return id;
  }

  /** The usual three written consents for a plan with a group, covering the plan period. */
  standardConsents(
    personKey: string,
    input: {
      givenDay: number;
      periodStartDay: number;
      periodEndDay: number;
      registeredBy: string;
      givenByRelative?: string;
      withGroup: boolean;
    },
  ): { plan: string; group?: string; exchange: string } {
    const common = {
      form: 'WRITTEN' as const,
      givenDay: input.givenDay,
      periodStartDay: input.periodStartDay,
      periodEndDay: input.periodEndDay,
      registeredBy: input.registeredBy,
      givenByRelative: input.givenByRelative,
    };
    const plan = this.consent(personKey, { ...common, scope: 'INDIVIDUAL_PLAN', informed: false });
    const group = input.withGroup ? this.consent(personKey, { ...common, scope: 'RESPONSIBILITY_GROUP' }) : undefined;
    const exchange = this.consent(personKey, { ...common, scope: 'INFORMATION_EXCHANGE' });
    return { plan, group, exchange };
  }

  restriction(
    consentId: string,
    input: { kind: RestrictionKind; description: string; unitKey?: string; lifeArea?: LifeArea; goalId?: string; subPlanId?: string; organisation?: string },
  ): string {
    const id = randomUUID();
    this.rows.restrictions.push({
      id,
      municipalityId: this.mid,
      consentId,
      kind: input.kind,
      description: input.description,
      unitId: input.unitKey ? this.unit(input.unitKey) : null,
      lifeArea: input.lifeArea ?? null,
      goalId: input.goalId ?? null,
      subPlanId: input.subPlanId ?? null,
      organisation: input.organisation ?? null,
    });
    return id;
  }

  // ---- group and meetings ------------------------------------------------------------------

  group(
    personKey: string,
    input: {
      planId: string;
      consentId: string;
      establishedDay: number;
      lastNeedReviewDay?: number;
      closedDay?: number;
      members: Array<[Participant, string, { joinedDay?: number; leftDay?: number }?]>;
    },
  ): string {
    const id = randomUUID();
    this.rows.groups.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      planId: input.planId,
      consentId: input.consentId,
      status: input.closedDay === undefined ? 'ACTIVE' : 'CLOSED',
      establishedAt: this.cal.day(input.establishedDay),
      closedAt: input.closedDay === undefined ? null : this.cal.at(input.closedDay, 15),
      lastNeedReview: input.lastNeedReviewDay === undefined ? null : this.cal.day(input.lastNeedReviewDay),
      // Every group is established on the person's wish (the rule the service enforces).
      wishedByPerson: true,
    });
    for (const [participant, roleInGroup, dates] of input.members) {
      const columns = this.participantColumns(participant);
      this.rows.groupMembers.push({
        id: randomUUID(),
        municipalityId: this.mid,
        groupId: id,
        ...columns,
        // A staff member comes from their (first) unit, and has their place anchored there.
        unitId: columns.userId ? (this.rows.staffUnits.find((su) => su.userId === columns.userId)?.unitId ?? null) : null,
        anchoredInOwnUnit: columns.userId !== null,
        roleInGroup,
        joinedAt: this.cal.day(dates?.joinedDay ?? input.establishedDay),
        leftAt: dates?.leftDay === undefined ? null : this.cal.day(dates.leftDay),
      });
    }
    return id;
  }

  private participantColumns(p: Participant): {
    userId: string | null;
    relativeId: string | null;
    isPerson: boolean;
    externalName: string | null;
    externalEmail: string | null;
  } {
    return {
      userId: 'user' in p ? this.user(p.user) : null,
      relativeId: 'relative' in p ? this.relative(p.relative) : null,
      isPerson: 'person' in p,
      externalName: 'external' in p ? p.external : null,
      externalEmail: 'external' in p ? (p.email ?? null) : null,
    };
  }

  meeting(
    personKey: string,
    input: {
      type: MeetingType;
      status: MeetingStatus;
      day: number;
      hour?: number;
      durationMinutes?: number;
      location: string;
      groupId?: string;
      planId?: string;
      agendaSetWithPerson?: boolean;
      agendaSentDay?: number;
      previousMinutesApproved?: boolean;
      minutesWrittenDay?: number;
      /** Minutes written but not finalised yet (a draft); else a held meeting's minutes are final. */
      minutesDraft?: boolean;
      nextMeetingDay?: number;
      nextMeetingTopic?: string;
      distribution?: string;
      createdBy: string;
      chair?: string;
      minuteTaker?: string;
      agenda?: Array<[string, string?, string?]>;
      /** Agenda items (by index) marked for the leaders instead of the group. */
      toLeaders?: Array<[number, ToLeadersKind]>;
      attendance?: Array<[Participant, boolean]>;
      /** Invited, with their answer, for a meeting not yet held. */
      invited?: Array<[Participant, AttendanceAnswer]>;
    },
  ): { id: string; agendaIds: string[] } {
    const id = randomUUID();
    const hour = input.hour ?? 12;
    this.rows.meetings.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      groupId: input.groupId ?? null,
      planId: input.planId ?? null,
      type: input.type,
      status: input.status,
      startsAt: this.cal.at(input.day, hour),
      durationMinutes: input.durationMinutes ?? 90,
      location: input.location,
      agendaSetWithPerson: input.agendaSetWithPerson ?? false,
      agendaSentAt: input.agendaSentDay === undefined ? null : this.cal.at(input.agendaSentDay, 9),
      previousMinutesApproved: input.previousMinutesApproved ?? null,
      minutesWrittenAt: input.minutesWrittenDay === undefined ? null : this.cal.at(input.minutesWrittenDay, 15),
      nextMeetingAt: input.nextMeetingDay === undefined ? null : this.cal.at(input.nextMeetingDay, hour),
      nextMeetingTopic: input.nextMeetingTopic ?? null,
      distribution: input.distribution ?? null,
      minutesFinalisedAt:
        input.status === 'HELD' && input.minutesWrittenDay !== undefined && !input.minutesDraft ? this.cal.at(input.minutesWrittenDay, 15) : null,
      minutesFinalisedById:
        input.status === 'HELD' && input.minutesWrittenDay !== undefined && !input.minutesDraft ? this.user(input.createdBy) : null,
      // The coordinator who planned it chairs and takes the minutes unless the meeting says otherwise.
      chairId: this.user(input.chair ?? input.createdBy),
      minuteTakerId: this.user(input.minuteTaker ?? input.createdBy),
      cancelledAt: input.status === 'CANCELLED' ? this.cal.at(input.day - 3, 9) : null,
      createdById: this.user(input.createdBy),
      createdAt: this.cal.at(Math.min(input.day, input.agendaSentDay ?? input.day) - 7, 10),
    });
    const agendaIds: string[] = [];
    (input.agenda ?? []).forEach(([title, minutes, conclusion], index) => {
      const agendaId = randomUUID();
      agendaIds.push(agendaId);
      this.rows.agendaItems.push({
        id: agendaId,
        municipalityId: this.mid,
        meetingId: id,
        position: index + 1,
        title,
        minutes: minutes ?? null,
        conclusion: conclusion ?? null,
        toLeadersKind: input.toLeaders?.find(([at]) => at === index)?.[1] ?? null,
      });
    });
    for (const [participant, present] of input.attendance ?? []) {
      this.rows.attendances.push({
        id: randomUUID(),
        municipalityId: this.mid,
        meetingId: id,
        ...this.participantColumns(participant),
        answer: present ? 'ACCEPTED' : 'DECLINED',
        present,
      });
    }
    for (const [participant, answer] of input.invited ?? []) {
      this.rows.attendances.push({
        id: randomUUID(),
        municipalityId: this.mid,
        meetingId: id,
        ...this.participantColumns(participant),
        answer,
        answeredAt: answer === 'NO_ANSWER' ? null : this.cal.at(input.day - 10, 11),
      });
    }
    return { id, agendaIds };
  }

  actionItem(
    meetingId: string,
    input: { agendaItemId?: string; description: string; user?: string; text?: string; dueDay?: number; doneDay?: number; goalId?: string },
  ): string {
    const id = randomUUID();
    this.rows.actionItems.push({
      id,
      municipalityId: this.mid,
      meetingId,
      agendaItemId: input.agendaItemId ?? null,
      description: input.description,
      responsibleUserId: input.user ? this.user(input.user) : null,
      responsibleText: input.text ?? null,
      dueDate: input.dueDay === undefined ? null : this.cal.day(input.dueDay),
      doneAt: input.doneDay === undefined ? null : this.cal.at(input.doneDay, 14),
      doneById: input.doneDay === undefined || !input.user ? null : this.user(input.user),
      goalId: input.goalId ?? null,
    });
    return id;
  }

  // ---- change forms and competence ---------------------------------------------------------

  changeForm(
    personKey: string,
    input: {
      kind: ChangeFormKind;
      reason: string;
      effectiveDay: number;
      fromAssignmentId?: string;
      toAssignmentId?: string;
      planId?: string;
      groupId?: string;
      submittedBy: string;
      submittedDay: number;
      /** Who reported the change; the person unless told. */
      reportedBy?: ChangeFormReporter;
      registeredBy?: string;
      registeredDay?: number;
    },
  ): string {
    const id = randomUUID();
    this.rows.changeForms.push({
      id,
      municipalityId: this.mid,
      personId: this.person(personKey),
      kind: input.kind,
      reason: input.reason,
      effectiveDate: this.cal.day(input.effectiveDay),
      reportedBy: input.reportedBy ?? 'PERSON',
      fromAssignmentId: input.fromAssignmentId ?? null,
      toAssignmentId: input.toAssignmentId ?? null,
      planId: input.planId ?? null,
      groupId: input.groupId ?? null,
      submittedById: this.user(input.submittedBy),
      submittedAt: this.cal.at(input.submittedDay, 10),
      registeredAt: input.registeredDay === undefined ? null : this.cal.at(input.registeredDay, 13),
      registeredById: input.registeredBy ? this.user(input.registeredBy) : null,
    });
    return id;
  }

  competence(input: {
    unitKey: string;
    coordinator?: string;
    trainingNeed: string;
    notifiedDay: number;
    trainingGivenDay?: number;
    registeredBy: string;
  }): string {
    const id = randomUUID();
    this.rows.competenceRecords.push({
      id,
      municipalityId: this.mid,
      unitId: this.unit(input.unitKey),
      coordinatorId: input.coordinator ? this.user(input.coordinator) : null,
      trainingNeed: input.trainingNeed,
      notifiedAt: this.cal.day(input.notifiedDay),
      trainingGivenAt: input.trainingGivenDay === undefined ? null : this.cal.day(input.trainingGivenDay),
      registeredById: this.user(input.registeredBy),
    });
    return id;
  }
}
