import { useQuery } from '@apollo/client/react';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import type { ConsentAlertsQuery as AlertsData } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { ConsentAlertsQuery } from '../graphql/consent';
import { consentPath } from '../paths';

type Alert = AlertsData['consentAlerts'][number];

function AlertText({ alert }: { alert: Alert }) {
  const { t, formatDate } = useI18n();
  if (alert.kind === 'CONSENT_EXPIRING') {
    return <>{t('web.consentAlerts.expiring', { scope: t(`consentScope.${alert.scope}`), date: formatDate(alert.periodEnd), count: alert.daysLeft ?? 0 })}</>;
  }
  return <>{t(`web.consentAlerts.kind.${alert.kind}`)}</>;
}

/** The persons whose needed consent is missing or about to expire: the coordinator's own, all for KE. */
export function ConsentAlerts() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(ConsentAlertsQuery);
  return (
    <Section id="consent-alerts" title={t('web.consentAlerts.title')}>
      <Paragraph data-size="sm" className="app-muted">
        {t('web.consentAlerts.intro')}
      </Paragraph>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.consentAlerts}
        empty={t('web.consentAlerts.empty')}
        loadingLabel={t('web.consentAlerts.loading')}
        loadingLines={2}
        errorHeadingLevel={3}
      >
        {(alerts) => (
          <ul className="app-list" role="list" aria-labelledby="consent-alerts">
            {alerts.map((alert) => (
              <li key={`${alert.person.id}-${alert.kind}-${alert.scope}`} className="app-list__item" data-testid="consent-alert">
                <Paragraph>
                  <Link asChild>
                    <RouterLink to={consentPath(alert.person.id)} aria-label={t('web.consentAlerts.open', { name: alert.person.name })}>
                      {alert.person.name}
                    </RouterLink>
                  </Link>
                </Paragraph>
                <Paragraph data-size="sm">
                  <AlertText alert={alert} />
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </QueryContent>
    </Section>
  );
}
