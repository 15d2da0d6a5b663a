import { useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { isUuid, osloToday } from '@samhandling/shared';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { isNotFoundOrNoAccess } from '../apollo/errors';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { NotFoundContent } from '../components/NotFoundContent';
import { Section } from '../components/Section';
import { usePageTitle } from '../components/usePageTitle';
import { useFragment } from '../gql';
import { useI18n, useT } from '../i18n';
import { EstablishBlockers, EstablishGroupForm } from '../modules/group/components/EstablishGroupForm';
import { GroupMembers } from '../modules/group/components/GroupMembers';
import { GroupReviews } from '../modules/group/components/GroupReviews';
import { GroupMemberCandidatesQuery, GroupPageQuery, GroupViewFragment } from '../modules/group/graphql/group-page';

/** /gruppe/:personId: the person's responsibility group; the coordinator establishes and edits it, members and the person read it. */
export function GroupPage() {
  const { personId = '' } = useParams();
  if (!isUuid(personId)) return <NotFoundContent />;
  return <PersonGroup key={personId} personId={personId} />;
}

function PersonGroup({ personId }: { personId: string }) {
  const { t, formatDate } = useI18n();
  const page = useQuery(GroupPageQuery, { variables: { personId } });
  const state = page.data?.group;
  const manage = state?.canManage ?? false;
  const group = useFragment(GroupViewFragment, state?.group ?? null);
  const candidates = useQuery(GroupMemberCandidatesQuery, { variables: { personId }, skip: !manage || group?.status !== 'ACTIVE' });
  usePageTitle(state ? t('web.groupPage.titleFor', { name: state.person.name }) : t('web.groupPage.loading'));
  const reload = () => void page.refetch();

  if (isNotFoundOrNoAccess(page.error)) return <NotFoundContent />;
  if (!state) {
    return (
      <Layout title={t('web.groupPage.title')}>
        {page.error ? <ErrorState error={page.error} onRetry={reload} /> : <LoadingState label={t('web.groupPage.loading')} lines={6} />}
      </Layout>
    );
  }
  const active = group?.status === 'ACTIVE';
  const canEstablish = manage && !active;
  return (
    <Layout title={t('web.groupPage.titleFor', { name: state.person.name })}>
      <p className="app-lead">{manage ? t('web.groupPage.intro') : t('web.groupPage.introReader')}</p>
      {group ? (
        <div className="app-stack">
          <div className="app-tags">
            <Tag data-color={active ? 'success' : 'neutral'} data-size="sm">
              {active
                ? t('web.groupPage.status.ACTIVE', { date: formatDate(group.establishedAt) })
                : t('web.groupPage.status.CLOSED', { date: formatDate(group.closedAt) })}
            </Tag>
          </div>
          {group.wishNote && (
            <Paragraph>
              <strong>{t('web.groupPage.wishNote')}:</strong> {group.wishNote}
            </Paragraph>
          )}
          {!active && <Paragraph>{t('web.groupPage.closedNote')}</Paragraph>}
        </div>
      ) : (
        !manage && <EmptyState>{t('web.groupPage.noGroup')}</EmptyState>
      )}

      {canEstablish && (
        <Section id="group-establish" title={t('web.groupEstablish.title')}>
          <EstablishBlockers personId={personId} blockers={state.establishBlockers} />
          {state.establishBlockers.length === 0 && <EstablishGroupForm personId={personId} />}
        </Section>
      )}

      {group && (
        <Section id="group-members" title={t('web.groupMembers.title')}>
          {manage && active && !candidates.data && !candidates.error ? (
            <LoadingState label={t('web.groupPage.loading')} lines={3} />
          ) : (
            <GroupMembers group={group} candidates={active ? (candidates.data ?? null) : null} onReload={reload} />
          )}
        </Section>
      )}

      {group && active && (
        <Section id="group-reviews" title={t('web.groupReviews.title')}>
          <GroupReviews group={group} personId={personId} today={osloToday()} onReload={reload} />
        </Section>
      )}
    </Layout>
  );
}

function Layout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <nav aria-label={t('web.groupPage.breadcrumb')} className="app-back">
        <Link asChild>
          <RouterLink to="/">{t('web.groupPage.back')}</RouterLink>
        </Link>
      </nav>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
    </>
  );
}
