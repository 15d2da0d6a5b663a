import { Alert, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { EmptyState } from '../../../components/EmptyState';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { CoordinatorHandoverText, type CoordinatorHandoverTextFragment } from './CoordinatorHandoverText';

export const CoordinatorContactItemFragment = graphql(`
  fragment CoordinatorContactItem on CoordinatorContact {
    name
    title
    unitName
    phone
    email
    since
    until
    isChildCoordinator
  }
`);

/** The person's coordinators as contact cards; during a change of coordinator, both, and who hands over to whom. */
export function CoordinatorContacts(props: {
  coordinators: readonly FragmentType<typeof CoordinatorContactItemFragment>[];
  handover?: FragmentType<typeof CoordinatorHandoverTextFragment> | null;
  headingLevel?: 3 | 4;
}) {
  const coordinators = useFragment(CoordinatorContactItemFragment, props.coordinators);
  const { t, formatDate } = useI18n();
  if (coordinators.length === 0) return <EmptyState>{t('web.plan.noCoordinator')}</EmptyState>;
  return (
    <>
      {props.handover && (
        <Alert data-color="info">
          <CoordinatorHandoverText handover={props.handover} />
        </Alert>
      )}
      <ul className="app-card-grid" role="list">
        {coordinators.map((coordinator) => (
          <li key={`${coordinator.name}-${coordinator.since}`}>
            <Card data-color="neutral" className="app-contact">
              <Heading level={props.headingLevel ?? 3} data-size="2xs">
                {coordinator.name}
              </Heading>
              {(coordinator.isChildCoordinator || coordinator.until) && (
                <div className="app-tags">
                  {coordinator.isChildCoordinator && (
                    <Tag data-size="sm" data-color="accent">
                      {t('web.caseload.childCoordinator')}
                    </Tag>
                  )}
                  {coordinator.until && (
                    <Tag data-size="sm" data-color="warning">
                      {t('web.plan.coordinatorUntil', { date: formatDate(coordinator.until) })}
                    </Tag>
                  )}
                </div>
              )}
              {(coordinator.title || coordinator.unitName) && (
                <Paragraph data-size="sm">{[coordinator.title, coordinator.unitName].filter(Boolean).join(', ')}</Paragraph>
              )}
              {coordinator.phone && (
                <Paragraph data-size="sm">
                  {t('web.plan.phone')}: <Link href={`tel:${coordinator.phone.replace(/\s+/g, '')}`}>{coordinator.phone}</Link>
                </Paragraph>
              )}
              {coordinator.email && (
                <Paragraph data-size="sm">
                  {t('web.plan.email')}: <Link href={`mailto:${coordinator.email}`}>{coordinator.email}</Link>
                </Paragraph>
              )}
              <Paragraph data-size="xs" className="app-muted">
                {t('web.plan.coordinatorSince', { date: formatDate(coordinator.since) })}
              </Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
