// Builds the GraphQL schema from the modules' resolvers. Every root field must carry @Can: a
// root field without one is denied (deny by default). A field with id arguments refuses a
// malformed id before the policy or the resolver looks anything up.
import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub, getMetadataStorage } from 'type-graphql';
import { policyFor } from './graphql/can.decorator';
import './graphql/enums';
import { forbidden } from './graphql/errors';
import { checkingIdArguments } from './graphql/ids';
import { validateInput } from './graphql/validation';
import { AccessLogResolver } from './modules/access-log/access-log.resolver';
import { AssessmentResolver, ReferralAssessmentResolver } from './modules/assessment/assessment.resolver';
import {
  AppointmentDelegationFieldsResolver,
  AppointmentResolver,
  CoordinatorAssignmentFieldsResolver,
  DeclineFormFieldsResolver,
  ReferralAppointmentFieldsResolver,
} from './modules/appointment/appointment.resolver';
import { UnitAssignmentsResolver } from './modules/unit/unit-assignments.fields';
import { ChangeFormFieldsResolver, ChangeFormResolver, ChangeFormSubjectFieldsResolver } from './modules/change-form/change-form.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { ConsentResolver, ConsentSubjectFieldsResolver } from './modules/consent/consent.resolver';
import { CoordinatorResolver } from './modules/coordinator/coordinator.resolver';
import { AppealResolver, DecisionResolver, ReferralDecisionResolver } from './modules/decision/decision.resolver';
import { GroupFieldsResolver } from './modules/group/group.fields';
import { GroupResolver } from './modules/group/group.resolver';
import { KeResolver } from './modules/ke/ke.resolver';
import { MailResolver } from './modules/mail/mail.resolver';
import { GoalActionItemsResolver, MeetingFieldsResolver } from './modules/meeting/meeting.fields';
import { MeetingResolver } from './modules/meeting/meeting.resolver';
import { PersonRefResolver, PersonResolver } from './modules/person/person.resolver';
import { PlanEditResolver } from './modules/plan/plan-edit.resolver';
import { PlanPartsResolver } from './modules/plan/plan-parts.resolver';
import { PlanLiveResolver } from './modules/plan/plan-live.resolver';
import { PlanGuardiansResolver } from './modules/plan/plan-consent.fields';
import { PlanResolver } from './modules/plan/plan.resolver';
import { GoalReviewFieldsResolver, MeasureReviewFieldsResolver, PlanReviewFieldsResolver } from './modules/plan/plan.fields';
import { PlanReviewResolver } from './modules/plan/plan-review.resolver';
import { ReferralHistoryResolver } from './modules/history/history.fields';
import { PersonFieldsResolver } from './modules/person/person.fields';
import { ReferralFieldsResolver } from './modules/referral/referral.fields';
import { ReferralResolver } from './modules/referral/referral.resolver';
import { UnitResolver } from './modules/unit/unit.resolver';

export const RESOLVERS = [
  AuthResolver,
  ReferralResolver,
  ReferralFieldsResolver,
  PersonFieldsResolver,
  ReferralHistoryResolver,
  KeResolver,
  CoordinatorResolver,
  UnitResolver,
  GroupResolver,
  GroupFieldsResolver,
  MailResolver,
  MeetingResolver,
  MeetingFieldsResolver,
  GoalActionItemsResolver,
  PersonResolver,
  PersonRefResolver,
  PlanResolver,
  PlanEditResolver,
  PlanPartsResolver,
  PlanLiveResolver,
  PlanGuardiansResolver,
  PlanReviewResolver,
  PlanReviewFieldsResolver,
  GoalReviewFieldsResolver,
  MeasureReviewFieldsResolver,
  ConsentResolver,
  AccessLogResolver,
  AssessmentResolver,
  ReferralAssessmentResolver,
  DecisionResolver,
  AppealResolver,
  ReferralDecisionResolver,
  AppointmentResolver,
  ChangeFormResolver,
  ChangeFormFieldsResolver,
  ChangeFormSubjectFieldsResolver,
  ConsentSubjectFieldsResolver,
  UnitAssignmentsResolver,
  ReferralAppointmentFieldsResolver,
  CoordinatorAssignmentFieldsResolver,
  AppointmentDelegationFieldsResolver,
  DeclineFormFieldsResolver,
] as const;

/** Root fields ("Query.me") and the policy action each is behind; unlisted fields have none. */
export function rootFieldPolicies(): Map<string, string> {
  const storage = getMetadataStorage();
  const result = new Map<string, string>();
  const add = (kind: string, entries: typeof storage.queries) => {
    for (const entry of entries) {
      const policy = policyFor(entry.target, entry.methodName);
      if (policy) result.set(`${kind}.${entry.schemaName}`, policy.action);
    }
  };
  add('Query', storage.queries);
  add('Mutation', storage.mutations);
  add('Subscription', storage.subscriptions);
  return result;
}

/**
 * Guards the built schema's fields that need it. Not type-graphql's global middlewares: they
 * would wrap every field of every object, making each one asynchronous, and a plan read resolves
 * hundreds of them.
 */
function guardFields(schema: GraphQLSchema): GraphQLSchema {
  const policies = rootFieldPolicies();
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (policies.has(`${root!.name}.${field.name}`)) continue;
      const deny = () => {
        throw forbidden();
      };
      field.resolve = deny;
      if (field.subscribe) field.subscribe = deny;
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve = checkingIdArguments(field) ?? field.resolve;
    }
  }
  return schema;
}

/**
 * type-graphql asks for a PubSub once a schema has subscriptions; ours give their own event
 * streams (`subscribe`), fed by the database's notifications, so nothing is published here.
 */
const NO_PUBSUB: PubSub = {
  publish() {
    throw new Error('subscriptions read their events from the database, not from a PubSub');
  },
  subscribe() {
    throw new Error('subscriptions read their events from the database, not from a PubSub');
  },
};

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    validateFn: validateInput,
    emitSchemaFile: false,
    pubSub: NO_PUBSUB,
  });
  return guardFields(schema);
}
