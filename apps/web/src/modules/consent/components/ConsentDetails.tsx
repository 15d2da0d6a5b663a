// The facts of one consent in sentences, shared by the person's list and the staff page: whether
// it holds and how it was given, the period, who heard an oral consent and when, and the
// restrictions in words.
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ConsentForm } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { restrictionInWords, type PlanNames, type RestrictionFacts } from '../restrictions';

/** In force, withdrawn (when) or run out; and oral or written. */
export function ConsentStatusTags({ inForce, withdrawnAt, form }: { inForce: boolean; withdrawnAt: string | null; form: ConsentForm }) {
  const { t, formatDate } = useI18n();
  return (
    <div className="app-tags">
      {inForce ? (
        <Tag data-size="sm" data-color="success">
          {t('web.consent.inForce')}
        </Tag>
      ) : withdrawnAt ? (
        <Tag data-size="sm" data-color="neutral">
          {t('web.consent.withdrawnOn', { date: formatDate(withdrawnAt) })}
        </Tag>
      ) : (
        <Tag data-size="sm" data-color="neutral">
          {t('web.consent.expired')}
        </Tag>
      )}
      <Tag data-size="sm" data-color="neutral" variant="outline">
        {t(`web.consentForm.${form}`)}
      </Tag>
    </div>
  );
}

export function ConsentPeriod({ periodStart, periodEnd }: { periodStart: string | null; periodEnd: string | null }) {
  const { t, formatDate } = useI18n();
  let text: string;
  if (periodStart && periodEnd) text = t('web.consent.periodFromTo', { from: formatDate(periodStart), to: formatDate(periodEnd) });
  else if (periodStart) text = t('web.consent.periodFrom', { date: formatDate(periodStart) });
  else if (periodEnd) text = t('web.consent.validUntil', { date: formatDate(periodEnd) });
  else text = t('web.consent.periodOpen');
  return <Paragraph data-size="sm">{text}</Paragraph>;
}

export function ConsentHeard({ heardAt, heardByName }: { heardAt: string | null; heardByName: string | null }) {
  const { t, formatDate, formatTime } = useI18n();
  if (!heardAt) return null;
  const when = { date: formatDate(heardAt), time: formatTime(heardAt) };
  return <Paragraph data-size="sm">{heardByName ? t('web.consent.heardBy', { ...when, name: heardByName }) : t('web.consent.heardAt', when)}</Paragraph>;
}

export function ConsentRestrictions({
  heading,
  restrictions,
  names,
}: {
  heading: string;
  restrictions: ReadonlyArray<RestrictionFacts & { description: string }>;
  names?: PlanNames;
}) {
  const { t, locale } = useI18n();
  if (restrictions.length === 0) return null;
  return (
    <div>
      <Paragraph data-size="sm">
        <strong>{heading}</strong>
      </Paragraph>
      <ul className="app-restrictions">
        {restrictions.map((restriction, index) => {
          const words = restrictionInWords({ t, locale }, restriction, names);
          return (
            <li key={index}>
              <Paragraph data-size="sm">
                {words}
                {words ? ' ' : null}
                {restriction.description}
              </Paragraph>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
