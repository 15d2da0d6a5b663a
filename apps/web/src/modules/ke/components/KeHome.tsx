import { useQuery } from '@apollo/client/react';
import { Section } from '../../../components/Section';
import { Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useT } from '../../../i18n';
import { KeOverviewQuery, ReferralInboxQuery } from '../graphql/ke';
import { isReferralStatus, REFERRAL_STATUSES } from '../statuses';
import { KeOverviewPanel } from './KeOverviewPanel';
import { ReferralTable } from './ReferralTable';

/** The system coordinator's home: KE's registers and the referral inbox. */
export function KeHome() {
  const t = useT();
  const title = t('web.ke.title');
  usePageTitle(title);
  const filterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status') ?? '';
  const status = isReferralStatus(statusParam) ? statusParam : null;

  const overview = useQuery(KeOverviewQuery);
  const inbox = useQuery(ReferralInboxQuery, { variables: { status } });

  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="app-lead">{t('web.ke.intro')}</Paragraph>

      {overview.data ? (
        <KeOverviewPanel overview={overview.data.keOverview} />
      ) : overview.error ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <LoadingState label={t('web.ke.loadingOverview')} lines={2} />
      )}

      <Section id="ke-inbox" title={t('web.ke.inbox')}>
        <div className="app-toolbar">
          <Label htmlFor={filterId} data-size="sm">
            {t('web.ke.statusFilter')}
          </Label>
          <Select
            id={filterId}
            data-size="sm"
            width="auto"
            value={status ?? ''}
            onChange={(event) => {
              const next = event.target.value;
              setSearchParams(isReferralStatus(next) ? { status: next } : {}, { replace: true });
            }}
          >
            <Select.Option value="">{t('web.ke.allStatuses')}</Select.Option>
            {REFERRAL_STATUSES.map((option) => (
              <Select.Option key={option} value={option}>
                {t(`referralStatus.${option}`)}
              </Select.Option>
            ))}
          </Select>
        </div>
        {inbox.data ? (
          inbox.data.referrals.length === 0 ? (
            <EmptyState>{status ? t('web.ke.noReferralsWithStatus') : t('web.ke.noReferrals')}</EmptyState>
          ) : (
            <ReferralTable referrals={inbox.data.referrals} caption={t('web.ke.inbox')} />
          )
        ) : inbox.error ? (
          <ErrorState error={inbox.error} headingLevel={3} onRetry={() => void inbox.refetch()} />
        ) : (
          <LoadingState label={t('web.ke.loadingInbox')} lines={4} />
        )}
      </Section>
    </>
  );
}
