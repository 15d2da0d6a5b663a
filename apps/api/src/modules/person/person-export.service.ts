// Everything the system holds about a person, for the person (or their guardian) to download, as
// GDPR article 15 gives them the right to: machine-readable JSON and a readable PDF of the same
// sections. The same fixed set of statements for any amount of data (nested reads, one per
// relation). Restrictions on exchange limit what others see, not what the person sees of themself.
import type { Context } from '../../context';
import { recordAccess } from '../access-log/access-log.service';

/** A value of an exported field: text, a number, yes/no, a date or time (ISO), or nothing. */
export type ExportValue = string | number | boolean | null;

/** One record of a section: its fields in a fixed order. */
export type ExportRecord = Record<string, ExportValue>;

/** The sections, in the order the PDF shows them. */
export const EXPORT_SECTIONS = [
  'person',
  'relatives',
  'referrals',
  'decisions',
  'coordinators',
  'plans',
  'goals',
  'measures',
  'evaluations',
  'subPlans',
  'consents',
  'groups',
  'groupMembers',
  'meetings',
  'changeForms',
  'accessLog',
] as const;

export type ExportSection = (typeof EXPORT_SECTIONS)[number];

export interface PersonExport {
  exportedAt: string;
  municipality: string;
  sections: Record<ExportSection, ExportRecord[]>;
}

/**
 * Fields whose values are names of a kind (an enum): the PDF prints the catalogue's word for them
 * (`<prefix>.<VALUE>`). Keyed by section, then field; a field of every section under '*'.
 */
export const EXPORT_ENUM_PREFIXES: Partial<Record<ExportSection | '*', Record<string, string>>> = {
  '*': { lifeArea: 'web.lifeArea', scope: 'consentScope', form: 'web.consentForm', actorRole: 'role', action: 'accessLog.action' },
  relatives: { relation: 'export.relation' },
  referrals: { status: 'referralStatus', sourceKind: 'referralSource', channel: 'channel', requested: 'requested' },
  decisions: { outcome: 'export.outcome' },
  plans: { status: 'planStatus' },
  goals: { status: 'goalStatus', goalKind: 'web.goalKind' },
  measures: { status: 'measureStatus' },
  subPlans: { kind: 'subPlanKind' },
  groups: { status: 'export.groupStatus' },
  meetings: { meetingType: 'meetingType' },
  changeForms: { kind: 'export.changeFormKind' },
};

const day = (value: Date | null | undefined): string | null => (value ? value.toISOString().slice(0, 10) : null);
const time = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);

/** The person's data, gathered in one read per relation; the download is logged. */
export async function personExport(ctx: Context, personId: string): Promise<PersonExport> {
  const [person, municipality, accessLog] = await Promise.all([
    ctx.db.person.findUniqueOrThrow({
      where: { id: personId },
      include: {
        relatives: { orderBy: { name: 'asc' } },
        referrals: { orderBy: { receivedAt: 'asc' } },
        decisions: { orderBy: { decidedAt: 'asc' } },
        coordinatorAssigns: {
          orderBy: { startDate: 'asc' },
          include: { coordinator: { select: { name: true } }, unit: { select: { name: true } } },
        },
        plans: {
          orderBy: { createdAt: 'asc' },
          include: {
            goals: { where: { removedAt: null }, orderBy: { sortOrder: 'asc' } },
            measures: { where: { removedAt: null }, orderBy: { sortOrder: 'asc' } },
            evaluations: { where: { removedAt: null }, orderBy: { scheduledFor: 'asc' } },
            subPlans: { where: { removedAt: null }, orderBy: { createdAt: 'asc' } },
          },
        },
        consents: {
          orderBy: { givenAt: 'asc' },
          include: {
            restrictions: true,
            givenByRelative: { select: { name: true } },
            heardBy: { select: { name: true } },
            document: { select: { fileName: true } },
          },
        },
        groups: {
          orderBy: { establishedAt: 'asc' },
          include: { members: { include: { user: { select: { name: true } }, relative: { select: { name: true } } } } },
        },
        meetings: { orderBy: { startsAt: 'asc' } },
        changeForms: { orderBy: { effectiveDate: 'asc' } },
      },
    }),
    ctx.db.municipality.findFirstOrThrow({ select: { name: true } }),
    ctx.db.accessLogEntry.findMany({
      where: { personId },
      orderBy: { at: 'desc' },
      include: { actor: { select: { name: true } } },
    }),
  ]);
  await recordAccess(ctx, [personId], 'person.export');

  const goalsById = new Map(person.plans.flatMap((plan) => plan.goals).map((goal) => [goal.id, goal.description]));
  return {
    exportedAt: ctx.now.toISOString(),
    municipality: municipality.name,
    sections: {
      person: [
        {
          firstName: person.firstName,
          lastName: person.lastName,
          nationalId: person.nationalId,
          dateOfBirth: day(person.dateOfBirth),
          expectedBirthDate: day(person.expectedBirthDate),
          address: person.address,
          phone: person.phone,
          email: person.email,
          preferredLanguage: person.preferredLanguage,
          needsInterpreter: person.needsInterpreter,
          registeredAt: time(person.createdAt),
        },
      ],
      relatives: person.relatives.map((relative) => ({
        name: relative.name,
        relation: relative.relation,
        isGuardian: relative.isGuardian,
        phone: relative.phone,
        email: relative.email,
      })),
      referrals: person.referrals.map((referral) => ({
        receivedAt: time(referral.receivedAt),
        journalNumber: referral.journalNumber,
        sourceKind: referral.sourceKind,
        sourceName: referral.sourceName,
        channel: referral.channel,
        requested: referral.requested,
        needDescription: referral.needDescription,
        status: referral.status,
        closedAt: time(referral.closedAt),
      })),
      decisions: person.decisions.map((decision) => ({
        decidedAt: time(decision.decidedAt),
        outcome: decision.outcome,
        grantsCoordinator: decision.grantsCoordinator,
        grantsIndividualPlan: decision.grantsIndividualPlan,
        reasons: decision.reasons,
        letterSentAt: time(decision.letterSentAt),
        appealDeadline: day(decision.appealDeadline),
      })),
      coordinators: person.coordinatorAssigns.map((assignment) => ({
        name: assignment.coordinator.name,
        unit: assignment.unit?.name ?? null,
        startDate: day(assignment.startDate),
        endDate: day(assignment.endDate),
        endReason: assignment.endReason,
      })),
      plans: person.plans.map((plan) => ({
        status: plan.status,
        periodStart: day(plan.periodStart),
        periodEnd: day(plan.periodEnd),
        nextRevisionDate: day(plan.nextRevisionDate),
        whatIsImportant: plan.whatIsImportant,
        situation: plan.situation,
        dreams: plan.dreams,
        resources: plan.resources,
        needs: plan.needs,
        ownContribution: plan.ownContribution,
        networkContribution: plan.networkContribution,
        cooperationNeeds: plan.cooperationNeeds,
        languageAndCulture: plan.languageAndCulture,
        closedAt: time(plan.closedAt),
      })),
      goals: person.plans.flatMap((plan) =>
        plan.goals.map((goal) => ({
          description: goal.description,
          goalKind: goal.kind,
          lifeArea: goal.lifeArea,
          status: goal.status,
          targetDate: day(goal.targetDate),
        })),
      ),
      measures: person.plans.flatMap((plan) =>
        plan.measures.map((measure) => ({
          description: measure.description,
          goal: measure.goalId ? (goalsById.get(measure.goalId) ?? null) : null,
          howCarriedOut: measure.howCarriedOut,
          responsible: measure.responsibleText,
          startDate: day(measure.startDate),
          dueDate: day(measure.dueDate),
          status: measure.status,
          ownContribution: measure.ownContribution,
        })),
      ),
      evaluations: person.plans.flatMap((plan) =>
        plan.evaluations.map((evaluation) => ({
          scheduledFor: day(evaluation.scheduledFor),
          heldAt: day(evaluation.heldAt),
          goalsReached: evaluation.goalsReached,
          servicesWork: evaluation.servicesWork,
          wayOfWorking: evaluation.wayOfWorking,
          ownerExperience: evaluation.ownerExperience,
          conclusion: evaluation.conclusion,
        })),
      ),
      subPlans: person.plans.flatMap((plan) =>
        plan.subPlans.map((subPlan) => ({ kind: subPlan.kind, title: subPlan.title, ownerName: subPlan.ownerName, note: subPlan.note })),
      ),
      consents: person.consents.map((consent) => ({
        scope: consent.scope,
        form: consent.form,
        givenAt: time(consent.givenAt),
        givenBy: consent.givenByRelative?.name ?? null,
        heardBy: consent.heardBy?.name ?? null,
        heardAt: time(consent.heardAt),
        youngPersonView: consent.youngPersonView,
        youngPersonAgrees: consent.youngPersonAgrees,
        signedForm: consent.document?.fileName ?? null,
        periodStart: day(consent.periodStart),
        periodEnd: day(consent.periodEnd),
        restrictions: consent.restrictions.map((restriction) => restriction.description).join('; ') || null,
        withdrawnAt: time(consent.withdrawnAt),
      })),
      groups: person.groups.map((group) => ({
        status: group.status,
        establishedAt: day(group.establishedAt),
        closedAt: day(group.closedAt),
      })),
      groupMembers: person.groups.flatMap((group) =>
        group.members.map((member) => ({
          name: member.user?.name ?? member.relative?.name ?? member.externalName ?? (member.isPerson ? `${person.firstName} ${person.lastName}` : null),
          roleInGroup: member.roleInGroup,
          joinedAt: day(member.joinedAt),
          leftAt: day(member.leftAt),
        })),
      ),
      meetings: person.meetings.map((meeting) => ({
        meetingType: meeting.type,
        startsAt: time(meeting.startsAt),
        durationMinutes: meeting.durationMinutes,
        location: meeting.location,
        nextMeetingTopic: meeting.nextMeetingTopic,
      })),
      changeForms: person.changeForms.map((form) => ({
        kind: form.kind,
        effectiveDate: day(form.effectiveDate),
        reason: form.reason,
        submittedAt: time(form.submittedAt),
        registeredAt: time(form.registeredAt),
      })),
      accessLog: accessLog.map((entry) => ({
        at: time(entry.at),
        actorName: entry.actor.name,
        actorRole: entry.actorRole,
        action: entry.action,
        denied: entry.denied,
      })),
    },
  };
}
