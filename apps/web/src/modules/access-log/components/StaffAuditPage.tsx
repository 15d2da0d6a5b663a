import { useQuery } from '@apollo/client/react';
import { Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { isMessageKey } from '@samhandling/shared';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { InputField } from '../../../components/form';
import { NotFoundContent } from '../../../components/NotFoundContent';
import { PageIntro } from '../../../components/PageIntro';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import type { StaffMembersQuery as StaffMembersData } from '../../../gql/graphql';
import { useI18n, useT } from '../../../i18n';
import { useMe } from '../../session/MeContext';
import { StaffAccessLogQuery, StaffMembersQuery } from '../graphql';
import { LoadMore } from './LoadMore';

export const STAFF_AUDIT_PAGE_SIZE = 20;

type StaffMember = StaffMembersData['staffMembers'][number];

/** /innsyn: KE picks a staff member and sees what they have read of persons' data. */
export function StaffAuditPage() {
  const { activeRole } = useMe();
  // The API answers only KE; for anyone else the page is not there.
  if (activeRole !== 'SYSTEM_COORDINATOR') return <NotFoundContent />;
  return <StaffAudit />;
}

function StaffAudit() {
  const t = useT();
  const [chosen, setChosen] = useState<StaffMember | null>(null);
  return (
    <>
      <nav aria-label={t('web.case.breadcrumb')} className="app-back">
        <Link asChild>
          <RouterLink to="/">{t('web.staffAudit.back')}</RouterLink>
        </Link>
      </nav>
      <PageIntro title={t('web.staffAudit.title')} intro={t('web.staffAudit.intro')} />
      <StaffPicker chosenId={chosen?.id ?? null} onChoose={setChosen} />
      {chosen && <StaffReads key={chosen.id} staff={chosen} />}
    </>
  );
}

/** The staff by name, narrowed by a search on submit; each with a button to see their reads. */
function StaffPicker({ chosenId, onChoose }: { chosenId: string | null; onChoose: (staff: StaffMember) => void }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const { data, error, refetch } = useQuery(StaffMembersQuery, { variables: { search: search || null } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft.trim());
  };

  return (
    <Section id="staff-audit-staff" title={t('web.staffAudit.staff.title')}>
      <form role="search" aria-label={t('web.staffAudit.search.legend')} onSubmit={submit} className="app-toolbar">
        <InputField name="staffSearch" label={t('web.staffAudit.search.label')} value={draft} autoComplete="off" onChange={(event) => setDraft(event.target.value)} />
        <div className="app-actions">
          <Button type="submit" variant="secondary">
            {t('web.staffAudit.search.button')}
          </Button>
        </div>
      </form>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.staffMembers}
        empty={t('web.staffAudit.staff.empty')}
        loadingLabel={t('web.staffAudit.staff.loading')}
        loadingLines={3}
        errorHeadingLevel={3}
      >
        {(staff) => (
          <ul className="app-list" role="list">
            {staff.map((member) => (
              <StaffItem key={member.id} member={member} chosen={member.id === chosenId} onChoose={() => onChoose(member)} />
            ))}
          </ul>
        )}
      </QueryContent>
    </Section>
  );
}

function StaffItem({ member, chosen, onChoose }: { member: StaffMember; chosen: boolean; onChoose: () => void }) {
  const t = useT();
  const about = [member.title, ...member.roles.map((role) => t(`role.${role}`)), ...member.units].filter(Boolean).join(' · ');
  return (
    <li className="app-list__item">
      <Paragraph>
        <strong>{member.name}</strong>
        {!member.active && (
          <>
            {' '}
            <Tag data-color="neutral" data-size="sm">
              {t('web.staffAudit.staff.inactive')}
            </Tag>
          </>
        )}
      </Paragraph>
      <Paragraph data-size="sm" className="app-muted">
        {about}
      </Paragraph>
      <Button variant={chosen ? 'primary' : 'secondary'} data-size="sm" className="app-align-start" aria-pressed={chosen} onClick={onChoose}>
        {t('web.staffAudit.staff.choose', { name: member.name })}
      </Button>
    </li>
  );
}

/** The staff member's entries in the access log, newest first, paged on the server. */
function StaffReads({ staff }: { staff: StaffMember }) {
  const { t, formatDateTime } = useI18n();
  const { data, error, refetch, fetchMore } = useQuery(StaffAccessLogQuery, { variables: { userId: staff.id, first: STAFF_AUDIT_PAGE_SIZE } });
  const columns = (['at', 'person', 'action', 'role', 'outcome'] as const).map((column) => t(`web.staffAudit.col.${column}`));


  return (
    <Section id="staff-audit-reads" title={t('web.staffAudit.log.title', { name: staff.name })}>
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.staffAccessLog.entries}
        empty={t('web.staffAudit.log.empty', { name: staff.name })}
        loadingLabel={t('web.staffAudit.log.loading')}
        loadingLines={4}
        errorHeadingLevel={3}
      >
        {(entries) => {
          const page = data!.staffAccessLog;
          return (
            <>
              <DataTable caption={t('web.staffAudit.log.caption', { name: staff.name })} columns={columns}>
                {entries.map((entry) => {
                  const label = `accessLog.action.${entry.action}`;
                  return (
                    <Table.Row key={entry.id}>
                      <Table.HeaderCell scope="row" className="app-row-name">
                        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                      </Table.HeaderCell>
                      <DataTable.Cell label={columns[1]!}>{entry.personName}</DataTable.Cell>
                      <DataTable.Cell label={columns[2]!}>{isMessageKey(label) ? t(label) : entry.action}</DataTable.Cell>
                      <DataTable.Cell label={columns[3]!}>{t(`role.${entry.actorRole}`)}</DataTable.Cell>
                      <DataTable.Cell label={columns[4]!}>
                        {entry.denied ? (
                          <Tag data-color="danger" data-size="sm">
                            {t('web.staffAudit.denied')}
                          </Tag>
                        ) : (
                          t('web.staffAudit.allowed')
                        )}
                      </DataTable.Cell>
                    </Table.Row>
                  );
                })}
              </DataTable>
              <LoadMore shown={entries.length} total={page.totalCount} nextCursor={page.nextCursor ?? null} hasMore={page.hasMore} fetchMore={(after) => fetchMore({ variables: { after } })} />
            </>
          );
        }}
      </QueryContent>
    </Section>
  );
}
