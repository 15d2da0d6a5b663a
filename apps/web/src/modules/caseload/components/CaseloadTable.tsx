import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DateText } from '../../../components/DateText';
import { PersonAge } from '../../../components/PersonAge';
import { ScrollableTable } from '../../../components/ScrollableTable';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { CoordinatorHandoverText } from '../../plan/components/CoordinatorHandoverText';
import { PLAN_STATUS_COLOR } from '../../plan/status';

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
    nextMeetingAt
    hasResponsibilityGroup
    since
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
        <div className="app-muted app-small">
          <PersonAge age={entry.person.age} expectedBirthDate={entry.person.expectedBirthDate} />
        </div>
      </Table.HeaderCell>
      <Table.Cell>
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
      </Table.Cell>
      <Table.Cell>
        {entry.planStatus ? (
          <Tag data-color={PLAN_STATUS_COLOR[entry.planStatus]} data-size="sm">
            {t(`planStatus.${entry.planStatus}`)}
          </Tag>
        ) : (
          <span className="app-muted">{t('web.caseload.noPlan')}</span>
        )}
      </Table.Cell>
      <Table.Cell>
        <DateText value={entry.nextRevisionDate} />
      </Table.Cell>
      <Table.Cell>{entry.openMeasures}</Table.Cell>
      <Table.Cell>
        {entry.nextMeetingAt ? <DateText value={entry.nextMeetingAt} withTime /> : <span className="app-muted">{t('common.none')}</span>}
      </Table.Cell>
      <Table.Cell>{entry.hasResponsibilityGroup ? t('web.common.yes') : t('web.common.no')}</Table.Cell>
    </Table.Row>
  );
}

export function CaseloadTable(props: { entries: readonly ({ assignmentId: string } & FragmentType<typeof CaseloadRowFragment>)[] }) {
  const { t } = useI18n();
  return (
    <ScrollableTable label={t('web.caseload.caption')}>
      <Table zebra data-size="sm">
        <caption className="app-visually-hidden">{t('web.caseload.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('web.caseload.col.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.caseload.col.assignment')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.caseload.col.plan')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.caseload.col.nextRevision')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.caseload.col.openMeasures')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.caseload.col.nextMeeting')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.caseload.col.group')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {props.entries.map((entry) => (
            <CaseloadTableRow key={entry.assignmentId} entry={entry} />
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
