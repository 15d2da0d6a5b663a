import { Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { ChangeFormItemFragment } from '../graphql/change-form';

/** A person's change forms, the newest first: what changed, when, why, who reported it, and whether KE has registered it. */
export function ChangeFormList(props: { forms: readonly FragmentType<typeof ChangeFormItemFragment>[] }) {
  const forms = useFragment(ChangeFormItemFragment, props.forms);
  const { t, formatDate } = useI18n();
  if (forms.length === 0) return <EmptyState>{t('web.changeForm.noForms')}</EmptyState>;
  return (
    <ul className="app-list" role="list">
      {forms.map((form) => (
        <li key={form.id} className="app-list__item" data-testid="change-form">
          <Paragraph>
            <strong>{t('web.changeForm.formLine', { kind: t(`changeForm.kind.${form.kind}`), date: formatDate(form.effectiveDate) })}</strong>
          </Paragraph>
          {/* A sentence, not a tag: it wraps on a phone. */}
          <Paragraph data-size="sm" className={form.registeredAt ? 'app-muted' : undefined}>
            {form.registeredAt
              ? t('web.changeForm.registered', { date: formatDate(form.registeredAt) })
              : t('web.changeForm.waiting', { name: form.submittedBy?.name ?? '' })}
          </Paragraph>
          {form.reason && <Paragraph data-size="sm">{form.reason}</Paragraph>}
          <Paragraph data-size="sm" className="app-muted">
            {t('web.changeForm.reportedLine', {
              reporter: [t(`changeForm.reporter.${form.reportedBy}`), form.reportedByName].filter(Boolean).join(', '),
            })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
