import { useQuery } from '@apollo/client/react';
import { HistoryEntryHead } from '../../../components/HistoryEntryHead';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';

export const CaseHistoryQuery = graphql(`
  query CaseHistory($id: ID!) {
    referral(id: $id) {
      id
      history {
        id
        at
        action
        entity
        actorName
        actorRole
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

/** Every change to the case, oldest first: who, in which role, when, what. */
export function CaseHistory({ referralId }: { referralId: string }) {
  const t = useT();
  const { data, error, refetch } = useQuery(CaseHistoryQuery, { variables: { id: referralId }, fetchPolicy: 'cache-and-network' });
  return (
    <Section id="case-history" title={t('web.case.history')}>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.referral.history}
        empty={t('web.case.noHistory')}
        loadingLabel={t('web.case.loadingHistory')}
        errorHeadingLevel={3}
      >
        {(entries) => (
          <ol className="app-list">
            {entries.map((entry) => (
              <li key={entry.id} className="app-list__item" data-testid="history-entry">
                <HistoryEntryHead labelKey={`web.case.action.${entry.action}`} entry={entry} />
              </li>
            ))}
          </ol>
        )}
      </QueryContent>
    </Section>
  );
}
