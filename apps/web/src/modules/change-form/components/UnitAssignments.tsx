import { Heading, Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { EmptyState } from '../../../components/EmptyState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { changeFormPath } from '../paths';

export const UnitAssignmentsFragment = graphql(`
  fragment UnitAssignments on UnitOverview {
    name
    assignments {
      id
      person {
        id
        name
      }
      coordinatorName
      startDate
      endDate
    }
  }
`);

const COLUMNS = ['person', 'coordinator', 'since', 'action'] as const;

/** A unit's coordinator assignments in force, for its leader to report a change of coordinator or a closing on. */
export function UnitAssignments(props: { unit: FragmentType<typeof UnitAssignmentsFragment> }) {
  const unit = useFragment(UnitAssignmentsFragment, props.unit);
  const { t, formatDate } = useI18n();
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('web.changeForm.unit.title')}
      </Heading>
      {unit.assignments.length === 0 ? (
        <EmptyState>{t('web.changeForm.unit.empty')}</EmptyState>
      ) : (
        <DataTable caption={t('web.changeForm.unit.caption', { unit: unit.name })} columns={COLUMNS.map((column) => t(`web.changeForm.unit.col.${column}`))}>
          {unit.assignments.map((assignment) => (
            <Table.Row key={assignment.id}>
              <Table.HeaderCell scope="row" className="app-row-name">
                {assignment.person.name}
              </Table.HeaderCell>
              <DataTable.Cell label={t('web.changeForm.unit.col.coordinator')}>{assignment.coordinatorName}</DataTable.Cell>
              <DataTable.Cell label={t('web.changeForm.unit.col.since')}>
                <DateText value={assignment.startDate} />
                {assignment.endDate && (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="warning">
                      {t('web.changeForm.assignmentUntil', { date: formatDate(assignment.endDate) })}
                    </Tag>
                  </>
                )}
              </DataTable.Cell>
              <DataTable.Cell label={t('web.changeForm.unit.col.action')}>
                <Link asChild>
                  <RouterLink to={changeFormPath(assignment.person.id)} aria-label={t('web.changeForm.unit.open', { name: assignment.person.name })}>
                    {t('web.changeForm.link')}
                  </RouterLink>
                </Link>
              </DataTable.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </>
  );
}
