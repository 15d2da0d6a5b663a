import { Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { EmptyState } from '../../../components/EmptyState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { isBeforeToday } from '../../../i18n/format';
import { useI18n } from '../../../i18n';
import { UnitAssignments } from '../../change-form/components/UnitAssignments';

export const UnitCardFragment = graphql(`
  fragment UnitCard on UnitOverview {
    id
    name
    coordinators {
      userId
      name
      title
      activeAssignments
      childCoordinatorAssignments
    }
    ...UnitAssignments
    competenceNeeds {
      id
      coordinatorName
      trainingNeed
      notifiedAt
      offerDueBy
      trainingGivenAt
    }
  }
`);

const COORDINATOR_COLUMNS = ['name', 'title', 'activeAssignments', 'childAssignments'] as const;
const COMPETENCE_COLUMNS = ['need', 'coordinator', 'notified', 'offerDueBy', 'status'] as const;

export function UnitCard(props: { unit: FragmentType<typeof UnitCardFragment> }) {
  const unit = useFragment(UnitCardFragment, props.unit);
  const { t, formatDate } = useI18n();
  const headingId = `unit-${unit.id}`;
  return (
    <Card data-color="neutral" className="app-card" asChild>
      <section aria-labelledby={headingId}>
        <Heading level={2} data-size="sm" id={headingId}>
          {unit.name}
        </Heading>

        <Heading level={3} data-size="xs">
          {t('web.unit.coordinators')}
        </Heading>
        {unit.coordinators.length === 0 ? (
          <EmptyState>{t('web.unit.noCoordinators')}</EmptyState>
        ) : (
          <DataTable
            caption={t('web.unit.coordinatorsIn', { unit: unit.name })}
            columns={COORDINATOR_COLUMNS.map((column) => t(`web.unit.col.${column}`))}
          >
            {unit.coordinators.map((coordinator) => (
              <Table.Row key={coordinator.userId}>
                <Table.HeaderCell scope="row" className="app-row-name">
                  {coordinator.name}
                </Table.HeaderCell>
                <DataTable.Cell label={t('web.unit.col.title')}>{coordinator.title ?? ''}</DataTable.Cell>
                <DataTable.Cell label={t('web.unit.col.activeAssignments')}>{coordinator.activeAssignments}</DataTable.Cell>
                <DataTable.Cell label={t('web.unit.col.childAssignments')}>{coordinator.childCoordinatorAssignments}</DataTable.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}

        <UnitAssignments unit={unit} />

        <Heading level={3} data-size="xs">
          {t('web.unit.competenceNeeds')}
        </Heading>
        <Paragraph data-size="sm" className="app-muted">
          {t('web.unit.competenceIntro')}
        </Paragraph>
        {unit.competenceNeeds.length === 0 ? (
          <EmptyState>{t('web.unit.noCompetenceNeeds')}</EmptyState>
        ) : (
          <DataTable
            caption={t('web.unit.competenceNeedsIn', { unit: unit.name })}
            columns={COMPETENCE_COLUMNS.map((column) => t(`web.unit.col.${column}`))}
          >
            {unit.competenceNeeds.map((need) => {
              const overdue = !need.trainingGivenAt && isBeforeToday(need.offerDueBy);
              return (
                <Table.Row key={need.id} data-overdue={overdue || undefined}>
                  <Table.HeaderCell scope="row">{need.trainingNeed}</Table.HeaderCell>
                  <DataTable.Cell label={t('web.unit.col.coordinator')}>{need.coordinatorName ?? t('web.unit.wholeUnit')}</DataTable.Cell>
                  <DataTable.Cell label={t('web.unit.col.notified')}>
                    <DateText value={need.notifiedAt} />
                  </DataTable.Cell>
                  <DataTable.Cell label={t('web.unit.col.offerDueBy')}>
                    <DateText value={need.offerDueBy} />
                  </DataTable.Cell>
                  <DataTable.Cell label={t('web.unit.col.status')}>
                    {need.trainingGivenAt ? (
                      <Tag data-color="success" data-size="sm">
                        {t('web.unit.trainingGiven', { date: formatDate(need.trainingGivenAt) })}
                      </Tag>
                    ) : overdue ? (
                      <Tag data-color="danger" data-size="sm">
                        {t('web.unit.overdue')}
                      </Tag>
                    ) : (
                      <Tag data-color="warning" data-size="sm">
                        {t('web.unit.awaitingTraining')}
                      </Tag>
                    )}
                  </DataTable.Cell>
                </Table.Row>
              );
            })}
          </DataTable>
        )}
      </section>
    </Card>
  );
}
