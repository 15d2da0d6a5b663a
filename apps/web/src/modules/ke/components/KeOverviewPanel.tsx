import { Card, Paragraph } from '@digdir/designsystemet-react';
import { Section } from '../../../components/Section';
import type { MessageKey } from '@samhandling/shared';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { REFERRAL_STATUSES } from '../statuses';

export const KeOverviewPanelFragment = graphql(`
  fragment KeOverviewPanel on KeOverview {
    referralCounts {
      status
      count
    }
    activeCoordinators
    personsWithCoordinator
    activePlans
    draftPlans
    activeGroups
    openTrainingNeeds
    unregisteredChangeForms
  }
`);

type RegisterField =
  | 'personsWithCoordinator'
  | 'activeCoordinators'
  | 'activePlans'
  | 'draftPlans'
  | 'activeGroups'
  | 'openTrainingNeeds'
  | 'unregisteredChangeForms';

const REGISTERS: readonly { field: RegisterField; label: MessageKey }[] = [
  { field: 'personsWithCoordinator', label: 'web.ke.register.personsWithCoordinator' },
  { field: 'activeCoordinators', label: 'web.ke.register.activeCoordinators' },
  { field: 'activePlans', label: 'web.ke.register.activePlans' },
  { field: 'draftPlans', label: 'web.ke.register.draftPlans' },
  { field: 'activeGroups', label: 'web.ke.register.activeGroups' },
  { field: 'openTrainingNeeds', label: 'web.ke.register.openTrainingNeeds' },
  { field: 'unregisteredChangeForms', label: 'web.ke.register.unregisteredChangeForms' },
];

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <li>
      <Card data-color="neutral" className="app-figure" data-testid={testId}>
        <Paragraph data-size="sm" className="app-figure__label">
          {label}
        </Paragraph>
        <Paragraph data-size="xl" className="app-figure__value">
          {value}
        </Paragraph>
      </Card>
    </li>
  );
}

export function KeOverviewPanel(props: { overview: FragmentType<typeof KeOverviewPanelFragment> }) {
  const overview = useFragment(KeOverviewPanelFragment, props.overview);
  const t = useT();
  const countOf = (status: string) => overview.referralCounts.find((entry) => entry.status === status)?.count ?? 0;
  return (
    <>
      <Section id="ke-referral-counts" title={t('web.ke.referralCounts')}>
        <ul className="app-figures" role="list">
          {REFERRAL_STATUSES.map((status) => (
            <Figure key={status} label={t(`referralStatus.${status}`)} value={countOf(status)} testId={`referral-count-${status}`} />
          ))}
        </ul>
      </Section>
      <Section id="ke-registers" title={t('web.ke.registers')}>
        <ul className="app-figures" role="list">
          {REGISTERS.map(({ field, label }) => (
            <Figure key={field} label={t(label)} value={overview[field]} testId={`register-${field}`} />
          ))}
        </ul>
      </Section>
    </>
  );
}
