import { Table, Tag } from '@digdir/designsystemet-react';
import { DateText } from '../../../components/DateText';
import { EmptyState } from '../../../components/EmptyState';
import { ScrollableTable } from '../../../components/ScrollableTable';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { MEASURE_STATUS_COLOR } from '../status';

export const MeasureRowFragment = graphql(`
  fragment MeasureRow on MeasureView {
    id
    description
    responsible
    dueDate
    status
  }
`);

export function MeasureTable(props: {
  measures: readonly FragmentType<typeof MeasureRowFragment>[];
  caption: string;
  showResponsible?: boolean;
  emptyText?: string;
}) {
  const measures = useFragment(MeasureRowFragment, props.measures);
  const t = useT();
  const showResponsible = props.showResponsible ?? true;
  if (measures.length === 0) return <EmptyState>{props.emptyText ?? t('web.plan.noMeasures')}</EmptyState>;
  return (
    <ScrollableTable label={props.caption}>
      <Table zebra data-size="sm">
        <caption className="app-visually-hidden">{props.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('web.plan.col.measure')}</Table.HeaderCell>
            {showResponsible && <Table.HeaderCell>{t('web.plan.col.responsible')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('web.plan.col.due')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.plan.col.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measures.map((measure) => (
            <Table.Row key={measure.id}>
              <Table.HeaderCell scope="row">{measure.description}</Table.HeaderCell>
              {showResponsible && <Table.Cell>{measure.responsible}</Table.Cell>}
              <Table.Cell>
                {measure.dueDate ? <DateText value={measure.dueDate} /> : <span className="app-muted">{t('web.common.notSet')}</span>}
              </Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={MEASURE_STATUS_COLOR[measure.status]}>
                  {t(`measureStatus.${measure.status}`)}
                </Tag>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
