import { useQuery } from '@apollo/client/react';
import { Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';
import { ToLeadersItemsQuery } from '../graphql/meeting';
import { meetingPath } from '../paths';

/** Matters raised in the coordinator's meetings that belong with the leaders, not the group. */
export function ToLeadersList() {
  const { t, formatDate } = useI18n();
  const { data, error, refetch } = useQuery(ToLeadersItemsQuery);
  return (
    <Section id="to-leaders" title={t('web.meeting.toLeaders.title')}>
      <Paragraph data-size="sm">{t('web.meeting.toLeaders.intro')}</Paragraph>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.toLeadersItems}
        empty={t('web.meeting.toLeaders.empty')}
        loadingLabel={t('web.meeting.toLeaders.loading')}
        errorHeadingLevel={3}
      >
        {(items) => (
          <ul className="app-list" role="list">
            {items.map((item) => (
              <li key={item.agendaItemId} className="app-list__item">
                <Paragraph>
                  <strong>{item.title}</strong>
                </Paragraph>
                <div className="app-tags">
                  <Tag data-size="sm" data-color="warning">
                    {t(`web.meeting.toLeadersKind.${item.kind}`)}
                  </Tag>
                  <Link asChild>
                    <RouterLink to={meetingPath(item.meetingId)}>
                      {t('web.meeting.toLeaders.meeting', { name: item.person.name, date: formatDate(item.meetingStartsAt) })}
                    </RouterLink>
                  </Link>
                </div>
                {item.conclusion && <Paragraph data-size="sm" className="app-prewrap">{item.conclusion}</Paragraph>}
              </li>
            ))}
          </ul>
        )}
      </QueryContent>
    </Section>
  );
}
