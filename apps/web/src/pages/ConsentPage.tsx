import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { isUuid } from '@samhandling/shared';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isNotFoundOrNoAccess } from '../apollo/errors';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { NotFoundContent } from '../components/NotFoundContent';
import { Section } from '../components/Section';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n, useT } from '../i18n';
import { ConsentDocumentUpload } from '../modules/consent/components/ConsentDocumentUpload';
import { RegisterConsentForm, type ConsentFormContext, type RegisteredConsent } from '../modules/consent/components/RegisterConsentForm';
import { StaffConsentList } from '../modules/consent/components/StaffConsentList';
import { ConsentPersonQuery, ConsentPlanContextQuery, ConsentUnitsQuery, StaffConsentsQuery } from '../modules/consent/graphql/consent';
import { MeQuery } from '../modules/session/graphql/session';

/** /samtykke/:personId: the person's consents and a new one (the person's coordinator, KE). */
export function ConsentPage() {
  const { personId = '' } = useParams();
  if (!isUuid(personId)) return <NotFoundContent />;
  return <PersonConsents key={personId} personId={personId} />;
}

function PersonConsents({ personId }: { personId: string }) {
  const { t } = useI18n();
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-only' }).data?.me;
  // The plan (goals, sub-plans) is its coordinator's to read; KE registers without it.
  const isCoordinator = me?.activeRole === 'COORDINATOR';
  const subject = useQuery(ConsentPersonQuery, { variables: { personId } });
  const consents = useQuery(StaffConsentsQuery, { variables: { personId } });
  const plan = useQuery(ConsentPlanContextQuery, { variables: { personId }, skip: !isCoordinator });
  const units = useQuery(ConsentUnitsQuery);
  const [registered, setRegistered] = useState<RegisteredConsent | null>(null);
  // A new, empty form after each consent registered.
  const [formKey, setFormKey] = useState(0);
  const person = subject.data?.consentSubject.person;
  const planData = plan.data?.plan ?? null;
  const names = useMemo(
    () => ({
      goals: new Map((planData?.goals ?? []).map((goal) => [goal.id, goal.description])),
      subPlans: new Map((planData?.subPlans ?? []).map((subPlan) => [subPlan.id, subPlan.title])),
    }),
    [planData],
  );
  usePageTitle(person ? t('web.consentPage.titleFor', { name: person.name }) : t('web.consentPage.loading'));

  if (isNotFoundOrNoAccess(subject.error) || isNotFoundOrNoAccess(consents.error)) return <NotFoundContent />;
  if (!person) {
    return subject.error ? <ErrorState error={subject.error} onRetry={() => void subject.refetch()} /> : <LoadingState label={t('web.consentPage.loading')} lines={6} />;
  }

  const context: ConsentFormContext = {
    person,
    guardians: subject.data?.consentSubject.guardians ?? [],
    goals: planData?.goals ?? [],
    subPlans: planData?.subPlans ?? [],
    units: units.data?.units ?? [],
  };
  const contextReady = !plan.loading;

  return (
    <>
      <Back />
      <Heading level={1} data-size="lg">
        {t('web.consentPage.titleFor', { name: person.name })}
      </Heading>
      <p className="app-lead">{t('web.consentPage.intro')}</p>

      <Section id="consent-list" title={t('web.consentPage.list')}>
        {consents.data ? (
          <StaffConsentList consents={consents.data.consents} personName={person.name} names={names} uploadShownElsewhere={registered?.id ?? null} />
        ) : consents.error ? (
          <ErrorState error={consents.error} headingLevel={3} onRetry={() => void consents.refetch()} />
        ) : (
          <LoadingState label={t('web.consentPage.loading')} lines={3} />
        )}
      </Section>

      <Section id="consent-register" title={t('web.consentRegister.title')}>
        {registered && (
          <div className="app-stack">
            <Alert data-color="success" role="status">
              {t('web.consentRegister.registered', { scope: t(`consentScope.${registered.scope}`) })}
            </Alert>
            {registered.form === 'WRITTEN' && (
              <>
                <Paragraph>{t('web.consentRegister.uploadNow')}</Paragraph>
                <ConsentDocumentUpload consentId={registered.id} scopeLabel={t(`consentScope.${registered.scope}`)} replaces={false} />
              </>
            )}
          </div>
        )}
        {contextReady ? (
          <RegisterConsentForm
            key={formKey}
            context={context}
            onRegistered={(consent) => {
              setRegistered(consent);
              setFormKey((key) => key + 1);
            }}
          />
        ) : (
          <LoadingState label={t('web.consentPage.loading')} lines={4} />
        )}
      </Section>
    </>
  );
}

function Back() {
  const t = useT();
  return (
    <nav aria-label={t('web.consentPage.breadcrumb')} className="app-back">
      <Link asChild>
        <RouterLink to="/">{t('web.consentPage.back')}</RouterLink>
      </Link>
    </nav>
  );
}
