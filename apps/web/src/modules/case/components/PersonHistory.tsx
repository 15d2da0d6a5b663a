import { DateText } from '../../../components/DateText';
import { Section } from '../../../components/Section';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';

export const PersonHistoryFragment = graphql(`
  fragment PersonHistory on Person {
    id
    firstName
    referrals {
      id
      journalNumber
      receivedAt
      status
      requested
    }
    coordinatorHistory {
      id
      coordinatorName
      unitName
      isChildCoordinator
      startDate
      endDate
    }
    plans {
      id
      status
      periodStart
      periodEnd
      createdAt
    }
  }
`);

/** The person's earlier referrals, coordinators and plans, from KE's registers. */
export function PersonHistory(props: { person: FragmentType<typeof PersonHistoryFragment>; referralId: string }) {
  const person = useFragment(PersonHistoryFragment, props.person);
  const t = useT();
  const otherReferrals = person.referrals.filter((referral) => referral.id !== props.referralId);
  return (
    <Section id="case-person-history" title={t('web.case.personHistory', { name: person.firstName })}>
      <dl className="app-facts app-facts--stacked">
        <div>
          <dt>{t('web.case.otherReferrals')}</dt>
          <dd>
            {otherReferrals.length === 0 ? (
              t('web.case.none')
            ) : (
              <ul className="app-plain-list">
                {otherReferrals.map((referral) => (
                  <li key={referral.id}>
                    {referral.journalNumber ?? t('web.common.notSet')} · <DateText value={referral.receivedAt} /> · {t(`requested.${referral.requested}`)} ·{' '}
                    {t(`referralStatus.${referral.status}`)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('web.case.coordinators')}</dt>
          <dd>
            {person.coordinatorHistory.length === 0 ? (
              t('web.case.none')
            ) : (
              <ul className="app-plain-list">
                {person.coordinatorHistory.map((period) => (
                  <li key={period.id}>
                    {period.coordinatorName}
                    {period.unitName ? ` (${period.unitName})` : null}
                    {period.isChildCoordinator ? ` · ${t('web.case.childCoordinator')}` : null} · <DateText value={period.startDate} />
                    {' – '}
                    {period.endDate ? <DateText value={period.endDate} /> : t('web.case.ongoing')}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('web.case.plans')}</dt>
          <dd>
            {person.plans.length === 0 ? (
              t('web.case.none')
            ) : (
              <ul className="app-plain-list">
                {person.plans.map((plan) => (
                  <li key={plan.id}>
                    {t(`planStatus.${plan.status}`)} · <DateText value={plan.periodStart ?? plan.createdAt} />
                    {plan.periodEnd ? (
                      <>
                        {' – '}
                        <DateText value={plan.periodEnd} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </Section>
  );
}
