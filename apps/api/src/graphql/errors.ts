// Typed domain errors. Each carries a GraphQL code and a message key; the message is translated
// into the caller's language when the response is sent (graphql/error-plugin.ts for GraphQL,
// app.ts for the other routes, both through translateError: one shape for every error).
import { GraphQLError } from 'graphql';
import { translateServer, type ApiMessageKey, type Locale, type MessageParams } from '@samhandling/shared';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  // Only outside GraphQL: a request that cannot be read, and a database that does not answer.
  | 'BAD_REQUEST'
  | 'SERVICE_UNAVAILABLE';

/** The HTTP status of each code, for the routes outside GraphQL. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

export interface FieldError {
  field: string;
  messageKey: ApiMessageKey;
  params?: MessageParams;
  /** Filled in when the response is translated. */
  message?: string;
}

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: ApiMessageKey = `error.${code}`,
    readonly params?: MessageParams,
    readonly fields?: FieldError[],
  ) {
    super(messageKey, { extensions: { code, messageKey, ...(params ? { params } : {}), ...(fields ? { fields } : {}) } });
  }
}

export const unauthenticated = (key: ApiMessageKey = 'error.UNAUTHENTICATED') => new AppError('UNAUTHENTICATED', key);
export const forbidden = (key: ApiMessageKey = 'error.FORBIDDEN', params?: MessageParams) =>
  new AppError('FORBIDDEN', key, params);
export const notFound = () => new AppError('NOT_FOUND');
export const conflict = (key: ApiMessageKey, params?: MessageParams) => new AppError('CONFLICT', key, params);
export const badInput = (fields: FieldError[]) => new AppError('BAD_USER_INPUT', 'error.BAD_USER_INPUT', undefined, fields);

/** An error as it leaves the API, GraphQL or not: `{ errors: [TranslatedError] }`. */
export interface TranslatedError {
  message: string;
  extensions: { code: string; fields?: Array<{ field: string; message: string }> };
}

export function translateError(
  locale: Locale,
  { code, messageKey, params, fields }: { code: string; messageKey: ApiMessageKey; params?: MessageParams; fields?: FieldError[] },
): TranslatedError {
  const translated = fields?.map((field) => ({ field: field.field, message: translateServer(locale, field.messageKey, field.params) }));
  return { message: translateServer(locale, messageKey, params), extensions: { code, ...(translated ? { fields: translated } : {}) } };
}

/** Database constraint names that map to a user-facing rule. */
const CONSTRAINT_MESSAGES: Record<string, ApiMessageKey> = {
  IndividualPlan_one_open_plan_per_person: 'error.onePlanPerPerson',
  IndividualPlan_active_coordinator: 'error.planNeedsCoordinator',
  ResponsibilityGroup_written_consent: 'error.groupNeedsConsent',
  ResponsibilityGroup_active_coordinator: 'error.groupNeedsCoordinator',
  Goal_parent_long_term: 'plan.error.parentGoal',
  Measure_goal_same_plan: 'plan.error.goalInOtherPlan',
  Measure_participant_same_plan: 'plan.error.participantInOtherPlan',
  SubPlan_one_owner: 'plan.error.subPlanOwner',
};

/** Turns a database rule violation into a CONFLICT with a clear message; undefined otherwise. */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const text = collectText(error);
  for (const [constraint, key] of Object.entries(CONSTRAINT_MESSAGES)) {
    if (text.includes(constraint)) return conflict(key);
  }
  if (/violates (check|unique|foreign key) constraint|Unique constraint failed|23514|23505/.test(text)) {
    return conflict('error.constraint');
  }
  return undefined;
}

function collectText(error: unknown, depth = 0): string {
  if (!error || typeof error !== 'object' || depth > 4) return String(error ?? '');
  const record = error as Record<string, unknown>;
  return [record.message, record.constraint, record.code, JSON.stringify(record.meta ?? '')]
    .map(String)
    .concat(collectText(record.cause, depth + 1))
    .join(' ');
}
