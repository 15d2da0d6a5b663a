import { Table, Tag } from '@digdir/designsystemet-react';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { EmptyState } from '../../../components/EmptyState';
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
    overdue
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
  const columns = [
    t('web.plan.col.measure'),
    ...(showResponsible ? [t('web.plan.col.responsible')] : []),
    t('web.plan.col.due'),
    t('web.plan.col.status'),
  ];
  return (
    <DataTable caption={props.caption} columns={columns}>
      {measures.map((measure) => (
        <Table.Row key={measure.id}>
          <Table.HeaderCell scope="row">{measure.description}</Table.HeaderCell>
          {showResponsible && <DataTable.Cell label={t('web.plan.col.responsible')}>{measure.responsible}</DataTable.Cell>}
          <DataTable.Cell label={t('web.plan.col.due')}>
            {measure.dueDate ? <DateText value={measure.dueDate} /> : <span className="app-muted">{t('web.common.notSet')}</span>}
          </DataTable.Cell>
          <DataTable.Cell label={t('web.plan.col.status')}>
            <Tag data-size="sm" data-color={MEASURE_STATUS_COLOR[measure.status]}>
              {t(`measureStatus.${measure.status}`)}
            </Tag>
            {measure.overdue ? (
              <Tag data-size="sm" data-color="danger">
                {t('web.planEditor.measures.overdue')}
              </Tag>
            ) : null}
          </DataTable.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
