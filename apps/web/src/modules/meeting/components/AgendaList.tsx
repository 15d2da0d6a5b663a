import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

/** The agenda as the invitees read it: the items in order, and who comes for one item only. */
export function AgendaList({ meeting }: { meeting: MeetingDetailsFragment }) {
  const t = useT();
  if (meeting.agenda.length === 0) return <EmptyState>{t('web.meeting.agenda.empty')}</EmptyState>;
  return (
    <ol className="app-list">
      {meeting.agenda.map((item) => (
        <li key={item.id} className="app-list__item">
          <Heading level={3} data-size="2xs">
            {item.title}
          </Heading>
          {item.description && <Paragraph className="app-prewrap">{item.description}</Paragraph>}
          {item.invitees.length > 0 && (
            <Paragraph data-size="sm" className="app-muted">
              {t('web.meeting.agenda.itemGuests', { names: item.invitees.map((invitee) => invitee.name).join(', ') })}
            </Paragraph>
          )}
        </li>
      ))}
    </ol>
  );
}
