import { Alert, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DateText } from '../../../components/DateText';
import { PersonAge } from '../../../components/PersonAge';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { MeasureTable } from '../../plan/components/MeasureTable';

export const ParticipationCardFragment = graphql(`
  fragment ParticipationCard on ParticipationEntry {
    groupId
    person {
      id
      name
      age
      expectedBirthDate
    }
    roleInGroup
    hasAccess
    nextMeetingAt
    myMeasures {
      id
      ...MeasureRow
    }
  }
`);

export function ParticipationCard(props: { entry: FragmentType<typeof ParticipationCardFragment> }) {
  const entry = useFragment(ParticipationCardFragment, props.entry);
  const t = useT();
  const headingId = `group-${entry.groupId}`;
  return (
    <Card data-color="neutral" className="app-card" asChild>
      <section aria-labelledby={headingId} data-testid="participation">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('web.group.groupFor', { name: entry.person.name })}
        </Heading>
        <dl className="app-facts">
          <div>
            <dt>{t('web.group.age')}</dt>
            <dd>
              <PersonAge age={entry.person.age} expectedBirthDate={entry.person.expectedBirthDate} />
            </dd>
          </div>
          <div>
            <dt>{t('web.group.myRole')}</dt>
            <dd>{entry.roleInGroup ?? t('web.group.member')}</dd>
          </div>
          <div>
            <dt>{t('web.group.nextMeeting')}</dt>
            <dd>{entry.nextMeetingAt ? <DateText value={entry.nextMeetingAt} withTime /> : t('web.group.noMeeting')}</dd>
          </div>
        </dl>
        {entry.hasAccess ? (
          <>
            <Heading level={3} data-size="xs">
              {t('web.group.myMeasures')}
            </Heading>
            <MeasureTable
              measures={entry.myMeasures}
              caption={t('web.group.myMeasuresFor', { name: entry.person.name })}
              showResponsible={false}
              emptyText={t('web.group.noMeasures')}
            />
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/plan/${entry.person.id}`}>{t('web.group.openPlan', { name: entry.person.name })}</RouterLink>
              </Link>
            </Paragraph>
          </>
        ) : (
          <Alert data-color="warning">
            <Heading level={3} data-size="2xs">
              {t('web.group.noAccessTitle')}
            </Heading>
            <Paragraph>{t('web.group.noAccess', { name: entry.person.name })}</Paragraph>
          </Alert>
        )}
      </section>
    </Card>
  );
}
