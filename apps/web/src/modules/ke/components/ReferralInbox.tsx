import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LabelledSelect } from '../../../components/LabelledSelect';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { useT } from '../../../i18n';
import { InboxUnitsQuery, ReferralInboxQuery } from '../graphql/ke';
import { AGE_GROUPS, choicesFrom, filterFrom, paramsFrom, WAITING_DAYS, type InboxChoices, type StatusChoice } from '../inbox-filter';
import { REFERRAL_STATUSES } from '../statuses';
import { ReferralTable } from './ReferralTable';

export const INBOX_PAGE_SIZE = 25;

/** KE's inbox: the longest waiting first, filtered by status, unit, age group and waiting time, paged on the server. */
export function ReferralInbox() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const choices = choicesFrom(searchParams);
  const inbox = useQuery(ReferralInboxQuery, { variables: { filter: filterFrom(choices), first: INBOX_PAGE_SIZE, after: null } });
  const units = useQuery(InboxUnitsQuery);
  const [loadingMore, setLoadingMore] = useState(false);

  const choose = (change: Partial<InboxChoices>) => setSearchParams(paramsFrom({ ...choices, ...change }), { replace: true });
  const page = inbox.data?.referrals;

  const showMore = async () => {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      await inbox.fetchMore({
        variables: { after: page.nextCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          referrals: {
            ...fetchMoreResult.referrals,
            nodes: [...previous.referrals.nodes, ...fetchMoreResult.referrals.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Section id="ke-inbox" title={t('web.ke.inbox')}>
      <div className="app-toolbar app-filters" role="group" aria-label={t('web.ke.filters')}>
        <LabelledSelect
          label={t('web.ke.statusFilter')}
          value={choices.status}
          options={[
            { value: 'waiting', label: t('web.ke.waitingStatuses') },
            ...REFERRAL_STATUSES.map((option) => ({ value: option, label: t(`referralStatus.${option}`) })),
            { value: 'all', label: t('web.ke.allStatuses') },
          ]}
          onChange={(next) => choose({ status: next as StatusChoice })}
        />
        <LabelledSelect
          label={t('web.ke.unitFilter')}
          value={choices.unitId}
          options={[{ value: '', label: t('web.ke.allUnits') }, ...(units.data?.units ?? []).map((unit) => ({ value: unit.id, label: unit.name }))]}
          onChange={(next) => choose({ unitId: next })}
        />
        <LabelledSelect
          label={t('web.ke.ageFilter')}
          value={choices.ageGroup}
          options={[{ value: '', label: t('web.ke.allAges') }, ...AGE_GROUPS.map((group) => ({ value: group, label: t(`web.ke.ageGroup.${group}`) }))]}
          onChange={(next) => choose({ ageGroup: next as InboxChoices['ageGroup'] })}
        />
        <LabelledSelect
          label={t('web.ke.waitingFilter')}
          value={choices.minWaitingDays === null ? '' : String(choices.minWaitingDays)}
          options={[
            { value: '', label: t('web.ke.anyWaiting') },
            ...WAITING_DAYS.map((days) => ({ value: String(days), label: t('web.ke.waitingAtLeast', { count: days }) })),
          ]}
          onChange={(next) => choose({ minWaitingDays: next ? Number(next) : null })}
        />
      </div>
      <QueryContent
        data={inbox.data}
        error={inbox.error}
        refetch={inbox.refetch}
        items={(result) => result.referrals.nodes}
        empty={t('web.ke.noReferralsWithFilter')}
        loadingLabel={t('web.ke.loadingInbox')}
        errorHeadingLevel={3}
      >
        {(referrals) => (
          <>
            <Paragraph data-size="sm" className="app-muted" aria-live="polite">
              {t('web.ke.showing', { shown: referrals.length, total: page?.totalCount ?? referrals.length })}
            </Paragraph>
            <ReferralTable referrals={referrals} caption={t('web.ke.inbox')} />
            {page?.nextCursor ? (
              <Button variant="secondary" onClick={() => void showMore()} disabled={loadingMore} aria-busy={loadingMore}>
                {loadingMore ? t('web.ke.loadingMore') : t('web.ke.showMore')}
              </Button>
            ) : null}
          </>
        )}
      </QueryContent>
    </Section>
  );
}
