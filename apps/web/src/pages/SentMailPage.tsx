import { useQuery } from '@apollo/client/react';
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { NotFoundContent } from '../components/NotFoundContent';
import { PageIntro } from '../components/PageIntro';
import { QueryContent } from '../components/QueryContent';
import { useT } from '../i18n';
import { LoadMore } from '../modules/access-log/components/LoadMore';
import { SentMailTable } from '../modules/mail/components/SentMailTable';
import { SentMailQuery } from '../modules/mail/graphql';
import { useMe } from '../modules/session/MeContext';

export const SENT_MAIL_PAGE_SIZE = 20;

/** /epost: the mail sent about meetings, for KE (the municipality's) and a coordinator (their own). */
export function SentMailPage() {
  const { activeRole } = useMe();
  // The API answers only these roles; for anyone else the page is not there.
  if (activeRole !== 'SYSTEM_COORDINATOR' && activeRole !== 'COORDINATOR') return <NotFoundContent />;
  return <SentMail isKe={activeRole === 'SYSTEM_COORDINATOR'} />;
}

function SentMail({ isKe }: { isKe: boolean }) {
  const t = useT();
  const { data, error, refetch, fetchMore } = useQuery(SentMailQuery, { variables: { first: SENT_MAIL_PAGE_SIZE } });
  return (
    <>
      <nav aria-label={t('web.case.breadcrumb')} className="app-back">
        <Link asChild>
          <RouterLink to="/">{t('web.mail.back')}</RouterLink>
        </Link>
      </nav>
      <PageIntro title={t('web.mail.title')} intro={t(isKe ? 'web.mail.intro.ke' : 'web.mail.intro.coordinator')} />
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.sentMail.entries}
        empty={t('web.mail.empty')}
        loadingLabel={t('web.mail.loading')}
        loadingLines={4}
      >
        {(mails) => {
          const page = data!.sentMail;
          return (
            <>
              <SentMailTable mails={mails} showSender={isKe} />
              <LoadMore shown={mails.length} total={page.totalCount} nextCursor={page.nextCursor ?? null} hasMore={page.hasMore} fetchMore={(after) => fetchMore({ variables: { after } })} />
            </>
          );
        }}
      </QueryContent>
    </>
  );
}
