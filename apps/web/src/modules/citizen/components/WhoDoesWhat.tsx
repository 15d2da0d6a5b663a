import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { MEASURE_STATUS_COLOR } from '../../plan/status';

export const WhoDoesWhatItemFragment = graphql(`
  fragment WhoDoesWhatItem on MeasureView {
    id
    description
    responsible
    dueDate
    status
    overdue
  }
`);

/** The measures in plain language: who does what, and by when. */
export function WhoDoesWhat(props: { measures: readonly FragmentType<typeof WhoDoesWhatItemFragment>[] }) {
  const measures = useFragment(WhoDoesWhatItemFragment, props.measures);
  const { t, formatDate } = useI18n();
  if (measures.length === 0) return <EmptyState>{t('web.citizen.noMeasures')}</EmptyState>;
  return (
    <ul className="app-list" role="list">
      {measures.map((measure) => (
        <li key={measure.id} className="app-list__item">
          <Paragraph>
            <strong>{measure.responsible}</strong> {t('web.citizen.will')} {measure.description}
          </Paragraph>
          <div className="app-tags">
            <Paragraph data-size="sm" className="app-muted">
              {measure.dueDate ? t('web.citizen.when', { date: formatDate(measure.dueDate) }) : t('web.citizen.whenNotSet')}
            </Paragraph>
            <Tag data-size="sm" data-color={MEASURE_STATUS_COLOR[measure.status]}>
              {t(`measureStatus.${measure.status}`)}
            </Tag>
            {measure.overdue ? (
              <Tag data-size="sm" data-color="danger">
                {t('web.planEditor.measures.overdue')}
              </Tag>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
