import { useQuery } from '@apollo/client/react';
import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { PersonAge } from '../../../components/PersonAge';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useI18n } from '../../../i18n';
import { MyAppointmentRequestsQuery } from '../graphql/appointment';

export const AppointmentRequestRowFragment = graphql(`
  fragment AppointmentRequestRow on AppointmentDelegation {
    id
    requestedAt
    note
    referral {
      id
    }
    person {
      id
      name
      age
      expectedBirthDate
    }
    unit {
      id
      name
    }
    grants {
      grantsCoordinator
      grantsChildCoordinator
      grantsIndividualPlan
    }
    wishedCoordinator
    wishedUnit {
      id
      name
    }
  }
`);

function RequestRow(props: { request: FragmentType<typeof AppointmentRequestRowFragment> }) {
  const request = useFragment(AppointmentRequestRowFragment, props.request);
  const { t } = useI18n();
  const wish = [request.wishedCoordinator, request.wishedUnit?.name].filter(Boolean).join(', ');
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <Link asChild>
          <RouterLink to={`/sak/${request.referral.id}`}>{request.person.name}</RouterLink>
        </Link>
        <div className="app-muted app-small">
          <PersonAge age={request.person.age} expectedBirthDate={request.person.expectedBirthDate} />
        </div>
      </Table.HeaderCell>
      <DataTable.Cell label={t('web.appointment.requests.col.unit')}>{request.unit.name}</DataTable.Cell>
      <DataTable.Cell label={t('web.appointment.requests.col.grants')}>
        <div className="app-tags">
          {request.grants.grantsChildCoordinator ? (
            <Tag data-color="accent" data-size="sm">
              {t('web.appointment.requests.grantsChildCoordinator')}
            </Tag>
          ) : request.grants.grantsCoordinator ? (
            <Tag data-size="sm">{t('web.appointment.requests.grantsCoordinator')}</Tag>
          ) : null}
          {request.grants.grantsIndividualPlan && <Tag data-size="sm">{t('web.appointment.requests.grantsPlan')}</Tag>}
        </div>
      </DataTable.Cell>
      <DataTable.Cell label={t('web.appointment.requests.col.wish')}>
        {wish || <span className="app-muted">{t('web.appointment.noWish')}</span>}
      </DataTable.Cell>
      <DataTable.Cell label={t('web.appointment.requests.col.requested')}>
        <DateText value={request.requestedAt} />
      </DataTable.Cell>
    </Table.Row>
  );
}

/** The unit leader's open requests from KE to appoint a coordinator, oldest first; each opens its case. */
export function AppointmentRequests() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(MyAppointmentRequestsQuery);
  const columns = (['person', 'unit', 'grants', 'wish', 'requested'] as const).map((column) => t(`web.appointment.requests.col.${column}`));
  return (
    <Section id="appointment-requests" title={t('web.appointment.requests.title')}>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.myAppointmentRequests}
        empty={t('web.appointment.requests.empty')}
        loadingLabel={t('web.appointment.requests.loading')}
        loadingLines={3}
        errorHeadingLevel={3}
      >
        {(requests) => (
          <>
            <p className="app-muted">{t('web.appointment.requests.intro')}</p>
            <DataTable caption={t('web.appointment.requests.caption')} columns={columns}>
              {requests.map((request) => (
                <RequestRow key={request.id} request={request} />
              ))}
            </DataTable>
          </>
        )}
      </QueryContent>
    </Section>
  );
}
