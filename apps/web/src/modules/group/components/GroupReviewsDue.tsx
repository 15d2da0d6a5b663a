import { useQuery } from '@apollo/client/react';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import type { GroupReviewsDueQuery as DueData } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { GroupReviewsDueQuery } from '../graphql/group-page';
import { groupPath } from '../paths';

type Due = DueData['groupReviewsDue'][number];

function DueText({ due }: { due: Due }) {
  const { t, formatDate } = useI18n();
  if (due.reason === 'COMPOSITION') return <>{t('web.groupDue.composition', { date: formatDate(due.transitionDate) })}</>;
  return <>{t(due.overdue ? 'web.groupDue.needOverdue' : 'web.groupDue.need', { date: formatDate(due.needReviewDue) })}</>;
}

/** The groups whose need or composition is to be reviewed: the coordinator's own, all for KE. */
export function GroupReviewsDue() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(GroupReviewsDueQuery);
  return (
    <Section id="group-reviews-due" title={t('web.groupDue.title')}>
      <Paragraph data-size="sm" className="app-muted">
        {t('web.groupDue.intro')}
      </Paragraph>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.groupReviewsDue}
        empty={t('web.groupDue.empty')}
        loadingLabel={t('web.groupDue.loading')}
        loadingLines={2}
        errorHeadingLevel={3}
      >
        {(items) => (
          <ul className="app-list" role="list" aria-labelledby="group-reviews-due">
            {items.map((due) => (
              <li key={`${due.groupId}-${due.reason}`} className="app-list__item" data-testid="group-review-due">
                <Paragraph>
                  <Link asChild>
                    <RouterLink to={groupPath(due.person.id)} aria-label={t('web.groupDue.open', { name: due.person.name })}>
                      {due.person.name}
                    </RouterLink>
                  </Link>
                </Paragraph>
                <Paragraph data-size="sm">
                  <DueText due={due} />
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </QueryContent>
    </Section>
  );
}
