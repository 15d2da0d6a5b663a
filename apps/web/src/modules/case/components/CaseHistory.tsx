import { useQuery } from '@apollo/client/react';
import { DateText } from '../../../components/DateText';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { graphql } from '../../../gql';
import { isMessageKey } from '@samhandling/shared';
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

/** What a history entry says was done; an action without a text of its own shows its code. */
function historyActionLabel(t: ReturnType<typeof useT>, action: string): string {
  const key = `web.case.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

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
                <p>
                  <strong>{historyActionLabel(t, entry.action)}</strong>
                </p>
                <p className="app-muted">
                  <DateText value={entry.at} withTime /> · {entry.actorName} ({t(`role.${entry.actorRole}`)})
                </p>
              </li>
            ))}
          </ol>
        )}
      </QueryContent>
    </Section>
  );
}
