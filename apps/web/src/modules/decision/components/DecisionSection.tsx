import { useQuery } from '@apollo/client/react';
import { useRefreshCase } from '../../case/useRefreshCase';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Section } from '../../../components/Section';
import { useFragment } from '../../../gql';
import { useI18n } from '../../../i18n';
import { DecisionSectionFragment, DecisionSectionQuery } from '../graphql/decision';
import { AppealsPanel } from './AppealsPanel';
import { DecisionDetails } from './DecisionDetails';
import { DecisionForm } from './DecisionForm';
import { LetterSentForm } from './LetterSentForm';

/**
 * The decision on the case: the form while none is in force; then what was decided, the letter
 * (download, and when and how it was sent) and the appeals. A reversed appeal opens the form for
 * a new decision, which replaces the old one.
 */
export function DecisionSection({ referralId }: { referralId: string }) {
  const { t, formatDate } = useI18n();
  const { data, error, refetch } = useQuery(DecisionSectionQuery, { variables: { id: referralId } });
  const referral = useFragment(DecisionSectionFragment, data?.referral ?? null);
  const reload = useRefreshCase();

  let content;
  if (!referral) {
    content = error ? <ErrorState error={error} onRetry={() => void refetch()} headingLevel={3} /> : <LoadingState label={t('web.decision.loading')} lines={3} />;
  } else {
    const { decision } = referral;
    const reversed = decision ? decision.appeals.some((appeal) => appeal.outcome === 'REVERSED') : false;
    const closed = referral.status === 'WITHDRAWN' || referral.status === 'CLOSED';
    const earlier = referral.decisions.filter((entry) => !entry.inForce);
    content = (
      <>
        {decision ? (
          <>
            <DecisionDetails decision={decision} />
            <LetterSentForm key={`${decision.id}-letter`} decision={decision} onSaved={reload} />
            <AppealsPanel decision={decision} onSaved={reload} />
          </>
        ) : null}
        {!decision && closed ? <Paragraph>{t('web.decision.notOpen')}</Paragraph> : null}
        {reversed ? <Alert data-color="info">{t('web.decision.newAfterAppeal')}</Alert> : null}
        {(!decision && !closed) || reversed ? <DecisionForm key={decision?.id ?? 'first'} referral={referral} onDecided={reload} /> : null}
        {earlier.length > 0 ? (
          <div className="app-stack">
            <Heading level={3} data-size="xs">
              {t('web.decision.earlier')}
            </Heading>
            <ul className="app-list">
              {earlier.map((entry) => (
                <li key={entry.id} className="app-list__item">
                  {t('web.decision.earlierItem', { outcome: t(`web.decision.outcome.${entry.outcome}`), date: formatDate(entry.decidedAt) })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </>
    );
  }
  return (
    <Section id="case-decision" title={t('web.decision.title')}>
      {content}
    </Section>
  );
}
