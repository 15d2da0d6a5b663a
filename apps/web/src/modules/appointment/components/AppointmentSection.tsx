import { useQuery } from '@apollo/client/react';
import { useRefreshCase } from '../../case/useRefreshCase';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { osloToday, type MessageKey } from '@samhandling/shared';
import { useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Section } from '../../../components/Section';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { useMe } from '../../session/MeContext';
import { AppointmentSectionQuery } from '../graphql/appointment';
import { AppointForm } from './AppointForm';
import { DeclineForm } from './DeclineForm';
import { DeclineList } from './DeclineList';
import { DelegateForm } from './DelegateForm';
import { StartupMeetingForm } from './StartupMeetingForm';

export const AppointmentSectionFragment = graphql(`
  fragment AppointmentSectionReferral on Referral {
    id
    status
    wishedCoordinator
    wishedUnit {
      id
      name
    }
    person {
      id
      firstName
      isChild
    }
    appointmentGrants {
      decisionId
      grantsCoordinator
      grantsChildCoordinator
      grantsIndividualPlan
    }
    assignments {
      id
      isChildCoordinator
      startDate
      endDate
      personWish
      wishFollowed
      wishDeviationReason
      coordinator {
        id
        name
        title
        phone
        email
      }
      unit {
        id
        name
      }
      appointedBy {
        id
        name
      }
    }
    delegations {
      id
      note
      requestedAt
      completedAt
      unit {
        id
        name
      }
    }
    startupMeeting {
      id
      startsAt
      location
    }
    declines {
      ...DeclineItem
    }
    delegableUnits {
      id
      name
    }
  }
`);

type Mode = 'appoint' | 'delegate' | 'decline' | 'startup';

/**
 * The case's appointment: the person's wish, the coordinator appointed (or the request left to a
 * unit leader) and the start-up meeting; for KE, appointing, leaving it to a unit leader,
 * registering a decline and planning the start-up meeting; for the unit leader the case is left
 * to, appointing from their unit.
 */
export function AppointmentSection({ referralId }: { referralId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(AppointmentSectionQuery, { variables: { id: referralId } });
  const refresh = useRefreshCase();
  return (
    <Section id="case-appointment" title={t('web.appointment.title')}>
      {data ? (
        <AppointmentContent referral={data.referral} onChanged={() => void refresh()} />
      ) : error ? (
        <ErrorState error={error} headingLevel={3} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('web.appointment.loading')} lines={4} />
      )}
    </Section>
  );
}

function AppointmentContent(props: { referral: FragmentType<typeof AppointmentSectionFragment>; onChanged: () => void }) {
  const referral = useFragment(AppointmentSectionFragment, props.referral);
  const { t, formatDate, formatDateTime } = useI18n();
  const me = useMe();
  const [mode, setMode] = useState<Mode | null>(null);
  const [saved, setSaved] = useState(false);

  const today = osloToday();
  const grants = referral.appointmentGrants;
  const grantsCoordinator = grants !== null && (grants.grantsCoordinator || grants.grantsChildCoordinator);
  const inForce = referral.assignments.some((a) => a.endDate === null || a.endDate >= today);
  const openDelegation = referral.delegations.find((d) => d.completedAt === null) ?? null;
  const closed = referral.status === 'CLOSED';
  const isKe = me.activeRole === 'SYSTEM_COORDINATOR';
  const isLeader = me.activeRole === 'UNIT_LEADER';
  const wish = [referral.wishedCoordinator, referral.wishedUnit?.name].filter(Boolean).join(', ') || null;

  const can: Record<Mode, boolean> = {
    appoint: grantsCoordinator && !inForce && !closed && (isKe || (isLeader && openDelegation !== null)),
    delegate: isKe && grantsCoordinator && !inForce && openDelegation === null && !closed && referral.delegableUnits.length > 0,
    decline: isKe && grants !== null && !closed,
    startup: isKe && grantsCoordinator && !closed,
  };
  const done = () => {
    setMode(null);
    setSaved(true);
    props.onChanged();
  };
  const cancel = () => setMode(null);
  const open = (next: Mode) => {
    setSaved(false);
    setMode(mode === next ? null : next);
  };
  const ACTION_LABEL: Record<Mode, MessageKey> = {
    appoint: 'web.appointment.appoint',
    delegate: 'web.appointment.delegate',
    decline: 'web.appointment.decline',
    startup: 'web.appointment.planStartup',
  };
  const actions = (Object.keys(can) as Mode[]).filter((action) => can[action]);

  return (
    <div className="app-stack">
      {!grantsCoordinator && !closed && <Paragraph>{t('web.appointment.noGrant')}</Paragraph>}
      <dl className="app-facts">
        <div>
          <dt>{t('web.appointment.wish')}</dt>
          <dd>{wish ?? t('web.appointment.noWish')}</dd>
        </div>
        <div>
          <dt>{t('web.appointment.startupMeeting')}</dt>
          <dd>
            {referral.startupMeeting
              ? referral.startupMeeting.location
                ? t('web.appointment.startupMeetingAt', {
                    when: formatDateTime(referral.startupMeeting.startsAt),
                    location: referral.startupMeeting.location,
                  })
                : formatDateTime(referral.startupMeeting.startsAt)
              : t('web.appointment.noStartupMeeting')}
          </dd>
        </div>
      </dl>

      {referral.delegations.map((delegation) => (
        <Alert key={delegation.id} data-color={delegation.completedAt ? 'success' : 'info'}>
          <Paragraph>
            {delegation.completedAt
              ? t('web.appointment.completedDelegation', {
                  unit: delegation.unit.name,
                  date: formatDate(delegation.requestedAt),
                  completed: formatDate(delegation.completedAt),
                })
              : t('web.appointment.openDelegation', { unit: delegation.unit.name, date: formatDate(delegation.requestedAt) })}
          </Paragraph>
          {delegation.note && <Paragraph data-size="sm">{t('web.appointment.delegationNote', { note: delegation.note })}</Paragraph>}
        </Alert>
      ))}

      <Heading level={3} data-size="2xs">
        {t('web.appointment.assignments')}
      </Heading>
      {referral.assignments.length === 0 ? (
        <EmptyState>{t('web.appointment.noAssignment')}</EmptyState>
      ) : (
        <ul className="app-card-grid" role="list">
          {referral.assignments.map((assignment) => (
            <li key={assignment.id}>
              <Card data-color="neutral" className="app-contact">
                <Heading level={4} data-size="2xs">
                  {assignment.coordinator.name}
                </Heading>
                <div className="app-tags">
                  {assignment.isChildCoordinator && (
                    <Tag data-color="accent" data-size="sm">
                      {t('web.appointment.childCoordinator')}
                    </Tag>
                  )}
                  {assignment.endDate && (
                    <Tag data-color="warning" data-size="sm">
                      {t('web.appointment.ended', { date: formatDate(assignment.endDate) })}
                    </Tag>
                  )}
                </div>
                {(assignment.coordinator.title || assignment.unit) && (
                  <Paragraph data-size="sm">{[assignment.coordinator.title, assignment.unit?.name].filter(Boolean).join(', ')}</Paragraph>
                )}
                {assignment.coordinator.phone && (
                  <Paragraph data-size="sm">
                    {t('web.appointment.phone')}:{' '}
                    <Link href={`tel:${assignment.coordinator.phone.replace(/\s+/g, '')}`}>{assignment.coordinator.phone}</Link>
                  </Paragraph>
                )}
                {assignment.coordinator.email && (
                  <Paragraph data-size="sm">
                    {t('web.appointment.email')}: <Link href={`mailto:${assignment.coordinator.email}`}>{assignment.coordinator.email}</Link>
                  </Paragraph>
                )}
                <Paragraph data-size="sm">{t('web.appointment.since', { date: formatDate(assignment.startDate) })}</Paragraph>
                {assignment.wishFollowed === true && <Paragraph data-size="sm">{t('web.appointment.wishFollowed')}</Paragraph>}
                {assignment.wishFollowed === false && (
                  <Paragraph data-size="sm">{t('web.appointment.wishNotFollowed', { reason: assignment.wishDeviationReason ?? '' })}</Paragraph>
                )}
                {assignment.appointedBy && (
                  <Paragraph data-size="xs" className="app-muted">
                    {t('web.appointment.appointedBy', { name: assignment.appointedBy.name })}
                  </Paragraph>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}

      <DeclineList declines={referral.declines} canRegister={isKe} onRegistered={done} />

      <div role="status">{saved && <Paragraph>{t('web.appointment.saved')}</Paragraph>}</div>

      {actions.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('web.appointment.actions')}
          </Heading>
          <div className="app-actions">
            {actions.map((action) => (
              <Button
                key={action}
                type="button"
                variant={mode === action ? 'primary' : 'secondary'}
                aria-expanded={mode === action}
                onClick={() => open(action)}
              >
                {t(ACTION_LABEL[action])}
              </Button>
            ))}
          </div>
        </>
      )}
      {mode === 'appoint' && can.appoint && (
        <AppointForm
          referralId={referral.id}
          wish={wish}
          isChild={referral.person.isChild}
          childCoordinatorOnly={grants !== null && grants.grantsChildCoordinator && !grants.grantsCoordinator}
          onDone={done}
          onCancel={cancel}
        />
      )}
      {mode === 'delegate' && can.delegate && (
        <DelegateForm referralId={referral.id} units={referral.delegableUnits} onDone={done} onCancel={cancel} />
      )}
      {mode === 'decline' && can.decline && (
        <DeclineForm referralId={referral.id} canDeclinePlan={grants?.grantsIndividualPlan ?? false} onDone={done} onCancel={cancel} />
      )}
      {mode === 'startup' && can.startup && <StartupMeetingForm referralId={referral.id} onDone={done} onCancel={cancel} />}
    </div>
  );
}
