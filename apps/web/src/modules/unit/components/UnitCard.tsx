import { Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { DateText } from '../../../components/DateText';
import { EmptyState } from '../../../components/EmptyState';
import { ScrollableTable } from '../../../components/ScrollableTable';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { isBeforeToday } from '../../../i18n/format';
import { useI18n } from '../../../i18n';

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
          <ScrollableTable label={t('web.unit.coordinatorsIn', { unit: unit.name })}>
            <Table data-size="sm" zebra>
              <caption className="app-visually-hidden">{t('web.unit.coordinatorsIn', { unit: unit.name })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.unit.col.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.unit.col.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.unit.col.activeAssignments')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.unit.col.childAssignments')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {unit.coordinators.map((coordinator) => (
                  <Table.Row key={coordinator.userId}>
                    <Table.HeaderCell scope="row" className="app-row-name">
                      {coordinator.name}
                    </Table.HeaderCell>
                    <Table.Cell>{coordinator.title ?? ''}</Table.Cell>
                    <Table.Cell>{coordinator.activeAssignments}</Table.Cell>
                    <Table.Cell>{coordinator.childCoordinatorAssignments}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollableTable>
        )}

        <Heading level={3} data-size="xs">
          {t('web.unit.competenceNeeds')}
        </Heading>
        <Paragraph data-size="sm" className="app-muted">
          {t('web.unit.competenceIntro')}
        </Paragraph>
        {unit.competenceNeeds.length === 0 ? (
          <EmptyState>{t('web.unit.noCompetenceNeeds')}</EmptyState>
        ) : (
          <ScrollableTable label={t('web.unit.competenceNeedsIn', { unit: unit.name })}>
            <Table data-size="sm" zebra>
              <caption className="app-visually-hidden">{t('web.unit.competenceNeedsIn', { unit: unit.name })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('web.unit.col.need')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.unit.col.coordinator')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.unit.col.notified')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.unit.col.offerDueBy')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('web.unit.col.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {unit.competenceNeeds.map((need) => {
                  const overdue = !need.trainingGivenAt && isBeforeToday(need.offerDueBy);
                  return (
                    <Table.Row key={need.id} data-overdue={overdue || undefined}>
                      <Table.HeaderCell scope="row">{need.trainingNeed}</Table.HeaderCell>
                      <Table.Cell>{need.coordinatorName ?? t('web.unit.wholeUnit')}</Table.Cell>
                      <Table.Cell>
                        <DateText value={need.notifiedAt} />
                      </Table.Cell>
                      <Table.Cell>
                        <DateText value={need.offerDueBy} />
                      </Table.Cell>
                      <Table.Cell>
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
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </ScrollableTable>
        )}
      </section>
    </Card>
  );
}
