import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { isUuid } from '@samhandling/shared';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isNotFoundOrNoAccess } from '../apollo/errors';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { NotFoundContent } from '../components/NotFoundContent';
import { Section } from '../components/Section';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n, useT } from '../i18n';
import { ChangeFormList } from '../modules/change-form/components/ChangeFormList';
import { SubmitChangeForm } from '../modules/change-form/components/SubmitChangeForm';
import { ChangeFormSubjectQuery } from '../modules/change-form/graphql/change-form';
import { MeQuery } from '../modules/session/graphql/session';
import { consentPath } from '../modules/consent/paths';

/** /endring/:personId: the change forms of one person, and a new one (coordinator, unit leader or KE). */
export function ChangeFormPage() {
  const { personId = '' } = useParams();
  if (!isUuid(personId)) return <NotFoundContent />;
  return <PersonChangeForms key={personId} personId={personId} />;
}

function PersonChangeForms({ personId }: { personId: string }) {
  const { t, formatDate } = useI18n();
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-only' }).data?.me;
  const { data, error, refetch } = useQuery(ChangeFormSubjectQuery, { variables: { personId } });
  const [sent, setSent] = useState<string | null>(null);
  // A new form after each one sent: the situation it starts from has changed.
  const [formKey, setFormKey] = useState(0);
  const subject = data?.changeFormSubject;
  usePageTitle(subject ? t('web.changeForm.titleFor', { name: subject.person.name }) : t('web.changeForm.loading'));
  if (isNotFoundOrNoAccess(error)) return <NotFoundContent />;
  if (!subject) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('web.changeForm.loading')} lines={6} />;
  }
  const done = async (message: string) => {
    await refetch();
    setFormKey((key) => key + 1);
    setSent(message);
  };
  return (
    <>
      <Back />
      <Heading level={1} data-size="lg">
        {t('web.changeForm.titleFor', { name: subject.person.name })}
      </Heading>
      <p className="app-lead">{t('web.changeForm.intro')}</p>
      <div className="app-actions">
        <Link asChild>
          <RouterLink to={consentPath(subject.person.id)}>{t('web.consentPage.linkFor', { name: subject.person.name })}</RouterLink>
        </Link>
      </div>

      <Section id="change-form-now" title={t('web.changeForm.current')}>
        {subject.assignments.length === 0 ? (
          <Paragraph>{t('web.changeForm.noAssignments')}</Paragraph>
        ) : (
          <ul className="app-list" role="list">
            {subject.assignments.map((a) => (
              <li key={a.id} className="app-list__item">
                <Paragraph>
                  {t('web.changeForm.assignmentSince', { name: a.coordinatorName, unit: a.unitName ?? '', date: formatDate(a.startDate) })}{' '}
                  {a.isViewer && (
                    <Tag data-size="sm" data-color="info">
                      {t('web.changeForm.you')}
                    </Tag>
                  )}{' '}
                  {a.endDate && (
                    <Tag data-size="sm" data-color="warning">
                      {t('web.changeForm.assignmentUntil', { date: formatDate(a.endDate) })}
                    </Tag>
                  )}
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
        <dl className="app-facts">
          <div>
            <dt>{t('web.changeForm.plan')}</dt>
            <dd>{subject.openPlanStatus ? t('web.changeForm.planOpen', { status: subject.openPlanStatus }) : t('web.changeForm.noPlan')}</dd>
          </div>
          <div>
            <dt>{t('web.changeForm.group')}</dt>
            <dd>{subject.activeGroupId ? t('web.changeForm.groupActive') : t('web.changeForm.noGroup')}</dd>
          </div>
        </dl>
      </Section>

      <Section id="change-form-new" title={t('web.changeForm.newForm')}>
        {sent && (
          <Alert data-color="success" role="status">
            {sent}
          </Alert>
        )}
        <SubmitChangeForm key={formKey} subject={subject} byKe={me?.activeRole === 'SYSTEM_COORDINATOR'} onDone={(message) => void done(message)} />
      </Section>

      <Section id="change-form-list" title={t('web.changeForm.forms', { name: subject.person.name })}>
        <ChangeFormList forms={subject.forms} />
      </Section>
    </>
  );
}

function Back() {
  const t = useT();
  return (
    <nav aria-label={t('web.changeForm.breadcrumb')} className="app-back">
      <Link asChild>
        <RouterLink to="/">{t('web.changeForm.back')}</RouterLink>
      </Link>
    </nav>
  );
}
