import { useQuery } from '@apollo/client/react';
import { Paragraph, Switch } from '@digdir/designsystemet-react';
import { isMessageKey } from '@samhandling/shared';
import { useState } from 'react';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { aboutPerson, useI18n } from '../../../i18n';
import { AccessLogQuery } from '../graphql';
import { LoadMore } from './LoadMore';

export const AccessLogLineFragment = graphql(`
  fragment AccessLogLineItem on AccessLogLine {
    day
    actorName
    actorTitle
    actorRole
    actorUnits
    action
    count
    lastAt
  }
`);


export const ACCESS_LOG_PAGE_SIZE = 20;

/** One reader's reads of one part on one day: who, what, how many times, and when last. */
function AccessLogLineItem(props: { line: FragmentType<typeof AccessLogLineFragment> }) {
  const line = useFragment(AccessLogLineFragment, props.line);
  const { t, formatDate, formatTime } = useI18n();
  const label = `accessLog.action.${line.action}`;
  const who = [line.actorTitle, t(`role.${line.actorRole}`), ...line.actorUnits].filter(Boolean).join(' · ');
  return (
    <li className="app-list__item">
      <Paragraph>
        <strong>{line.actorName}</strong>
      </Paragraph>
      <Paragraph data-size="sm" className="app-muted">
        {who}
      </Paragraph>
      <Paragraph>
        {isMessageKey(label) ? t(label) : line.action}, {t('web.accessLog.times', { count: line.count })}
      </Paragraph>
      <Paragraph data-size="sm" className="app-muted">
        <time dateTime={line.lastAt}>
          {t('web.accessLog.when', { day: formatDate(line.day), count: line.count, time: formatTime(line.lastAt) })}
        </time>
      </Paragraph>
    </li>
  );
}

interface AccessLogListProps {
  /** The person whose log this is; the texts name them when the viewer acts for them. */
  person: { id: string; isSelf: boolean; firstName: string };
}

/**
 * "Hvem har sett opplysningene dine": who has read the person's data, one line per reader,
 * part and day, newest first, paged on the server. Reads by the person and their guardians
 * are left out unless the viewer asks for them.
 */
export function AccessLogList({ person }: AccessLogListProps) {
  const { t } = useI18n();
  const [includeOwnReads, setIncludeOwnReads] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(AccessLogQuery, {
    variables: { personId: person.id, first: ACCESS_LOG_PAGE_SIZE, includeOwnReads },
  });
  const about = aboutPerson(person);


  return (
    <Section id="access-log" title={t('web.accessLog.title', about)}>
      <Paragraph data-size="sm">{t('web.accessLog.intro', about)}</Paragraph>
      <Switch
        label={t('web.accessLog.includeOwnReads', about)}
        checked={includeOwnReads}
        onChange={(event) => setIncludeOwnReads(event.target.checked)}
      />
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.accessLog.entries}
        empty={t('web.accessLog.empty', about)}
        loadingLabel={t('web.accessLog.loading')}
        loadingLines={3}
        errorHeadingLevel={3}
      >
        {(lines) => {
          const page = data!.accessLog;
          return (
            <>
              <ul className="app-list" role="list">
                {lines.map((line, index) => (
                  <AccessLogLineItem key={index} line={line} />
                ))}
              </ul>
              <LoadMore shown={lines.length} total={page.totalCount} nextCursor={page.nextCursor ?? null} hasMore={page.hasMore} fetchMore={(after) => fetchMore({ variables: { after } })} />
            </>
          );
        }}
      </QueryContent>
    </Section>
  );
}
