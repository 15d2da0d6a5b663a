import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { MessageKey } from '@samhandling/shared';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { PlanState, ViewerRelation } from '../../../gql/graphql';
import { aboutPerson, useI18n } from '../../../i18n';
import { CreatePlanButton } from '../editor/CreatePlanButton';

/** Where a kept, closed plan is read. */
export const closedPlanPath = (personId: string, planId: string) => `/plan/${personId}/avsluttet/${planId}`;

export const PlanStateNoticeFragment = graphql(`
  fragment PlanStateNotice on PersonView {
    id
    firstName
    relation
    planState
    planStateSince
    closedPlanId
  }
`);

/** What can be done next, by state; states that share a next step share the text. */
const NEXT_STEP: Record<PlanState, MessageKey | null> = {
  ACTIVE: null,
  DRAFT: null,
  CLOSED: 'web.planState.next.CLOSED',
  DECLINED: 'web.planState.next.DECLINED',
  COORDINATOR_DECLINED: 'web.planState.next.COORDINATOR_DECLINED',
  NOT_STARTED: 'web.planState.next.NOT_STARTED',
  NOT_GRANTED: 'web.planState.next.NOT_GRANTED',
  DENIED: 'web.planState.next.DENIED',
  IN_ASSESSMENT: 'web.planState.next.IN_ASSESSMENT',
  REFERRAL_WITHDRAWN: 'web.planState.next.newReferral',
  NO_REFERRAL: 'web.planState.next.newReferral',
};

/** Whom the next step speaks to: the coordinator, the person or their guardian, or another member of the group. */
const AUDIENCE: Record<ViewerRelation, string> = {
  COORDINATOR: 'coordinator',
  SELF: 'citizen',
  GUARDIAN: 'citizen',
  GROUP_MEMBER: 'other',
};

/** Why the person has no plan (declined, being assessed, denied, …) and what can be done next. */
export function PlanStateNotice(props: { person: FragmentType<typeof PlanStateNoticeFragment> }) {
  const person = useFragment(PlanStateNoticeFragment, props.person);
  const { t, formatDate } = useI18n();
  const params = {
    ...aboutPerson({ isSelf: person.relation === 'SELF', firstName: person.firstName }),
    date: formatDate(person.planStateSince),
    audience: AUDIENCE[person.relation],
  };
  const next = NEXT_STEP[person.planState];
  return (
    <Alert data-color="info" className="app-notice" data-testid="plan-state">
      <Paragraph>{t(`web.planState.${person.planState}`, params)}</Paragraph>
      {next && <Paragraph>{t(next, params)}</Paragraph>}
      {person.relation === 'COORDINATOR' && person.planState === 'NOT_STARTED' ? <CreatePlanButton personId={person.id} /> : null}
      {person.closedPlanId ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to={closedPlanPath(person.id, person.closedPlanId)}>{t('web.planState.readClosed')}</RouterLink>
          </Link>
        </Paragraph>
      ) : null}
    </Alert>
  );
}
