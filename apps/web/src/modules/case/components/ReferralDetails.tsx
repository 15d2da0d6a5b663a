import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DateText } from '../../../components/DateText';
import { Section } from '../../../components/Section';
import { useT } from '../../../i18n';

export const ReferralDetailsFragment = graphql(`
  fragment ReferralDetails on Referral {
    sourceKind
    sourceName
    sourceOrganisation
    reporterCapacity
    sourceUnit {
      id
      name
    }
    channel
    requested
    needDescription
    consentToRefer
    consentForm
    consentDate
    consentHeardBy
    wishedCoordinator
    wishedUnit {
      id
      name
    }
  }
`);

/** What the referral says: who reported, what is asked for and why, the wish and the consent. */
export function ReferralDetails(props: { referral: FragmentType<typeof ReferralDetailsFragment> }) {
  const referral = useFragment(ReferralDetailsFragment, props.referral);
  const t = useT();
  const source = [t(`referralSource.${referral.sourceKind}`), referral.sourceName, referral.reporterCapacity, referral.sourceOrganisation ?? referral.sourceUnit?.name]
    .filter(Boolean)
    .join(' · ');
  const wish = [referral.wishedCoordinator, referral.wishedUnit?.name].filter(Boolean).join(', ');
  return (
    <Section id="case-referral" title={t('web.case.referral')}>
      <dl className="app-facts">
        <div>
          <dt>{t('web.case.reportedBy')}</dt>
          <dd>{source}</dd>
        </div>
        <div>
          <dt>{t('web.ke.col.channel')}</dt>
          <dd>{t(`channel.${referral.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('web.ke.col.requested')}</dt>
          <dd>{t(`requested.${referral.requested}`)}</dd>
        </div>
        <div>
          <dt>{t('web.case.wish')}</dt>
          <dd>{wish || t('web.case.noWish')}</dd>
        </div>
        <div>
          <dt>{t('web.case.consent')}</dt>
          <dd>
            {referral.consentToRefer && referral.consentForm ? t(`web.consentForm.${referral.consentForm}`) : t('web.case.noConsent')}
            {referral.consentDate ? (
              <>
                {' · '}
                <DateText value={referral.consentDate} />
              </>
            ) : null}
            {referral.consentHeardBy ? ` · ${referral.consentHeardBy}` : null}
          </dd>
        </div>
      </dl>
      <p className="app-prewrap">{referral.needDescription}</p>
    </Section>
  );
}
