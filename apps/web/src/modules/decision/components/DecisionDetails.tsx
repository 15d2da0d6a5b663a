import { Link, Paragraph } from '@digdir/designsystemet-react';
import { DateText } from '../../../components/DateText';
import { useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { DecisionDetailsFragment } from '../graphql/decision';

/** What was decided, by whom and when, and the letter to download. */
export function DecisionDetails(props: { decision: FragmentType<typeof DecisionDetailsFragment> }) {
  const decision = useFragment(DecisionDetailsFragment, props.decision);
  const { t } = useI18n();
  const granted = [
    decision.grantsCoordinator ? t('web.decision.grant.coordinator') : null,
    decision.grantsIndividualPlan ? t('web.decision.grant.individualPlan') : null,
    decision.grantsChildCoordinator ? t('web.decision.grant.childCoordinator') : null,
  ].filter(Boolean);
  const met = (value: boolean) => (value ? t('web.decision.met') : t('web.decision.notMet'));
  return (
    <div className="app-stack">
      <dl className="app-facts">
        <div>
          <dt>{t('web.decision.outcome')}</dt>
          <dd>{t(`web.decision.outcome.${decision.outcome}`)}</dd>
        </div>
        <div>
          <dt>{t('web.decision.granted')}</dt>
          <dd>{granted.length > 0 ? granted.join(', ') : t('web.decision.nothingGranted')}</dd>
        </div>
        <div>
          <dt>{t('web.decision.longTermNeed')}</dt>
          <dd>{met(decision.longTermNeed)}</dd>
        </div>
        <div>
          <dt>{t('web.decision.coordinatedServices')}</dt>
          <dd>{met(decision.coordinatedServices)}</dd>
        </div>
        <div>
          <dt>{t('web.decision.decidedAt')}</dt>
          <dd>
            <DateText value={decision.decidedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('web.decision.decidedBy')}</dt>
          <dd>{[decision.decidedBy?.name, decision.decidedBy?.title].filter(Boolean).join(', ')}</dd>
        </div>
        {decision.appealDeadline ? (
          <div>
            <dt>{t('web.decision.appealDeadline')}</dt>
            <dd>
              <DateText value={decision.appealDeadline} />
            </dd>
          </div>
        ) : null}
      </dl>
      {decision.reasons ? (
        <div>
          <Paragraph data-size="sm" className="app-muted">
            {t('web.decision.reasons')}
          </Paragraph>
          <Paragraph className="app-prewrap">{decision.reasons}</Paragraph>
        </div>
      ) : null}
      <Paragraph>
        <Link href={decision.letterUrl} download>
          {t('web.decision.download')}
        </Link>
      </Paragraph>
    </div>
  );
}
