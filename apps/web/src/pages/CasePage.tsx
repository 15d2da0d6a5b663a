import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Tag } from '@digdir/designsystemet-react';
import { isUuid } from '@samhandling/shared';
import { Link as RouterLink, useParams } from 'react-router';
import { isNotFoundOrNoAccess } from '../apollo/errors';
import { DateText } from '../components/DateText';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { NotFoundContent } from '../components/NotFoundContent';
import { PersonAge } from '../components/PersonAge';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n, useT } from '../i18n';
import { CaseHistory } from '../modules/case/components/CaseHistory';
import { PersonHistory } from '../modules/case/components/PersonHistory';
import { ReferralDetails } from '../modules/case/components/ReferralDetails';
import { CasePageQuery } from '../modules/case/graphql/case';
import { REFERRAL_STATUS_COLOR } from '../modules/ke/statuses';
import { AssessmentSection, DecisionSection } from '../modules/decision';
import { AppointmentSection } from '../modules/appointment/components/AppointmentSection';
import { AccessLogList } from '../modules/access-log/components/AccessLogList';
import { MeQuery } from '../modules/session/graphql/session';
import { consentPath } from '../modules/consent/paths';
import { changeFormPath } from '../modules/change-form/paths';
import { meetingsPath } from '../modules/meeting/paths';

/** /sak/:referralId: one case, from the referral to the appointed coordinator. */
export function CasePage() {
  const { referralId = '' } = useParams();
  if (!isUuid(referralId)) return <NotFoundContent />;
  return <Case key={referralId} referralId={referralId} />;
}

function Case({ referralId }: { referralId: string }) {
  const t = useT();
  // The signed-in frame has loaded the viewer.
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-only' }).data?.me;
  const { formatDate } = useI18n();
  const { data, error, refetch } = useQuery(CasePageQuery, { variables: { id: referralId } });
  const referral = data?.referral;
  usePageTitle(referral ? t('web.case.titleFor', { name: referral.person.name }) : t('web.case.loadingTitle'));
  if (isNotFoundOrNoAccess(error)) return <NotFoundContent />;
  if (!referral) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('web.case.loading')} lines={6} />;
  }
  const { person } = referral;
  const viewerRole = me?.activeRole;
  return (
    <>
      <nav aria-label={t('web.case.breadcrumb')} className="app-back">
        <Link asChild>
          <RouterLink to="/">{t('web.case.back')}</RouterLink>
        </Link>
      </nav>
      <Heading level={1} data-size="lg">
        {t('web.case.titleFor', { name: person.name })}
      </Heading>
      <p className="app-lead">
        {referral.title}
        {referral.journalNumber ? ` · ${t('web.case.title', { journalNumber: referral.journalNumber })}` : null}
      </p>
      <dl className="app-facts">
        <div>
          <dt>{t('web.ke.col.status')}</dt>
          <dd>
            <Tag data-color={REFERRAL_STATUS_COLOR[referral.status]} data-size="sm">
              {t(`referralStatus.${referral.status}`)}
            </Tag>
          </dd>
        </div>
        <div>
          <dt>{t('web.ke.col.received')}</dt>
          <dd>
            <DateText value={referral.receivedAt} />
            {referral.waitingDays !== null ? ` · ${t('web.case.waitingDays', { count: referral.waitingDays })}` : null}
          </dd>
        </div>
        <div>
          <dt>{t('web.ke.col.age')}</dt>
          <dd>
            <PersonAge age={person.age} expectedBirthDate={person.expectedBirthDate} />
          </dd>
        </div>
        {person.maskedNationalId ? (
          <div>
            <dt>{t('web.case.nationalId')}</dt>
            <dd>{person.maskedNationalId}</dd>
          </div>
        ) : null}
        {person.needsInterpreter ? (
          <div>
            <dt>{t('web.case.interpreter')}</dt>
            <dd>{t('web.common.yes')}</dd>
          </div>
        ) : null}
      </dl>
      {viewerRole === 'SYSTEM_COORDINATOR' && (
        <div className="app-actions">
          <Link asChild>
            <RouterLink to={consentPath(person.id)}>{t('web.consentPage.linkFor', { name: person.name })}</RouterLink>
          </Link>
          <Link asChild>
            <RouterLink to={changeFormPath(person.id)}>{t('web.changeForm.unit.open', { name: person.name })}</RouterLink>
          </Link>
          <Link asChild>
            <RouterLink to={meetingsPath(person.id)}>{t('web.meeting.linkFor', { name: person.name })}</RouterLink>
          </Link>
        </div>
      )}
      {referral.homeVisitRecommended ? (
        <Alert data-color="info" className="app-notice">
          {t('web.case.homeVisitRecommended')}
        </Alert>
      ) : null}
      {referral.isInpatient && referral.plannedDischargeDate && referral.dischargeInDays !== null ? (
        <Alert data-color="warning" className="app-notice">
          {t('web.case.discharge', { date: formatDate(referral.plannedDischargeDate), count: referral.dischargeInDays })}
        </Alert>
      ) : null}
      <ReferralDetails referral={referral} />
      {/* --- the case: assessment, decision, letter, appeals */}
      <AssessmentSection referralId={referral.id} />
      <DecisionSection referralId={referral.id} />

      {/* --- appointment */}
      <AppointmentSection referralId={referral.id} />

      {/* --- history */}
      <PersonHistory person={person} referralId={referral.id} />
      <CaseHistory referralId={referral.id} />
      {/* KE audits who has read the person's data; a unit leader asked to appoint does not. */}
      {viewerRole === 'SYSTEM_COORDINATOR' && <AccessLogList person={{ id: person.id, isSelf: false, firstName: person.name }} />}
    </>
  );
}
