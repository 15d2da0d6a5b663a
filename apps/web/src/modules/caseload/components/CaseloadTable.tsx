import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { PersonAge } from '../../../components/PersonAge';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { CoordinatorHandoverText } from '../../plan/components/CoordinatorHandoverText';
import { PLAN_STATUS_COLOR } from '../../plan/status';
import { consentPath } from '../../consent/paths';
import { changeFormPath } from '../../change-form/paths';
import { meetingsPath } from '../../meeting/paths';
import { groupPath } from '../../group/paths';

export const CaseloadRowFragment = graphql(`
  fragment CaseloadRow on CaseloadEntry {
    assignmentId
    person {
      id
      name
      age
      expectedBirthDate
    }
    isChildCoordinator
    planId
    planStatus
    nextRevisionDate
    openMeasures
    unansweredComments
    nextMeetingAt
    hasResponsibilityGroup
    since
    isNew
    endsOn
    handover {
      ...CoordinatorHandoverText
    }
  }
`);

function CaseloadTableRow(props: { entry: FragmentType<typeof CaseloadRowFragment> }) {
  const entry = useFragment(CaseloadRowFragment, props.entry);
  const { t, formatDate } = useI18n();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <Link asChild>
          <RouterLink to={`/plan/${entry.person.id}`}>{entry.person.name}</RouterLink>
        </Link>
        {entry.isNew && (
          <>
            {' '}
            <Tag data-color="success" data-size="sm">
              {t('web.caseload.new')}
            </Tag>
          </>
        )}
        <div className="app-muted app-small">
          <PersonAge age={entry.person.age} expectedBirthDate={entry.person.expectedBirthDate} />
        </div>
        <div className="app-small">
          <Link asChild>
            <RouterLink to={changeFormPath(entry.person.id)} aria-label={t('web.changeForm.unit.open', { name: entry.person.name })}>
              {t('web.changeForm.link')}
            </RouterLink>
          </Link>
        </div>
        <div className="app-small">
          <Link asChild>
            <RouterLink to={consentPath(entry.person.id)} aria-label={t('web.consentPage.linkFor', { name: entry.person.name })}>
              {t('web.consentPage.link')}
            </RouterLink>
          </Link>
        </div>
        <div className="app-small">
          <Link asChild>
            <RouterLink to={groupPath(entry.person.id)} aria-label={t('web.groupPage.linkFor', { name: entry.person.name })}>
              {t('web.groupPage.link')}
            </RouterLink>
          </Link>
        </div>
        <div className="app-small">
          <Link asChild>
            <RouterLink to={meetingsPath(entry.person.id)} aria-label={t('web.meeting.linkFor', { name: entry.person.name })}>
              {t('web.meeting.link')}
            </RouterLink>
          </Link>
        </div>
      </Table.HeaderCell>
      <DataTable.Cell label={t('web.caseload.col.assignment')}>
        <div className="app-tags">
          <span>{t('web.caseload.since', { date: formatDate(entry.since) })}</span>
          {entry.isChildCoordinator && (
            <Tag data-color="accent" data-size="sm">
              {t('web.caseload.childCoordinator')}
            </Tag>
          )}
          {entry.endsOn && (
            <Tag data-color="warning" data-size="sm">
              {t('web.caseload.endsOn', { date: formatDate(entry.endsOn) })}
            </Tag>
          )}
        </div>
        {entry.handover && <CoordinatorHandoverText handover={entry.handover} size="sm" />}
      </DataTable.Cell>
      <DataTable.Cell label={t('web.caseload.col.plan')}>
        <div className="app-tags">
          {entry.planStatus ? (
            <Tag data-color={PLAN_STATUS_COLOR[entry.planStatus]} data-size="sm">
              {t(`planStatus.${entry.planStatus}`)}
            </Tag>
          ) : (
            <span className="app-muted">{t('web.caseload.noPlan')}</span>
          )}
          {entry.unansweredComments > 0 && (
            <Tag data-color="warning" data-size="sm">
              {t('web.planReview.comments.waiting', { count: entry.unansweredComments })}
            </Tag>
          )}
        </div>
      </DataTable.Cell>
      <DataTable.Cell label={t('web.caseload.col.nextRevision')}>
        <DateText value={entry.nextRevisionDate} />
      </DataTable.Cell>
      <DataTable.Cell label={t('web.caseload.col.openMeasures')}>{entry.openMeasures}</DataTable.Cell>
      <DataTable.Cell label={t('web.caseload.col.nextMeeting')}>
        {entry.nextMeetingAt ? <DateText value={entry.nextMeetingAt} withTime /> : <span className="app-muted">{t('common.none')}</span>}
      </DataTable.Cell>
      <DataTable.Cell label={t('web.caseload.col.group')}>{entry.hasResponsibilityGroup ? t('web.common.yes') : t('web.common.no')}</DataTable.Cell>
    </Table.Row>
  );
}

export function CaseloadTable(props: { entries: readonly ({ assignmentId: string } & FragmentType<typeof CaseloadRowFragment>)[] }) {
  const { t } = useI18n();
  const columns = (['person', 'assignment', 'plan', 'nextRevision', 'openMeasures', 'nextMeeting', 'group'] as const).map((column) =>
    t(`web.caseload.col.${column}`),
  );
  return (
    <DataTable caption={t('web.caseload.caption')} columns={columns}>
      {props.entries.map((entry) => (
        <CaseloadTableRow key={entry.assignmentId} entry={entry} />
      ))}
    </DataTable>
  );
}
