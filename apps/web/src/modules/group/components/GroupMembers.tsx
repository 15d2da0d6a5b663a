// The group's members as a table (cards on a phone). The coordinator edits a member in a form
// under the table and removes one after a confirmation; others read the list.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Details, Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { ConfirmDialog } from '../../../components/form';
import type { GroupViewFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { RemoveGroupMemberMutation } from '../graphql/group-page';
import { MemberForm, type Candidates } from './MemberForm';

type Group = GroupViewFieldsFragment;
type Member = Group['members'][number];

const COLUMNS = ['name', 'role', 'from', 'anchored', 'joined'] as const;

export function GroupMembers({ group, candidates, onReload }: { group: Group; candidates: Candidates | null; onReload: () => void }) {
  const { t } = useI18n();
  const manage = group.canManage && candidates !== null;
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [remove, removal] = useMutation(RemoveGroupMemberMutation);
  const editHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const columns = [...COLUMNS.map((column) => t(`web.groupMembers.col.${column}`)), ...(manage ? [t('web.groupMembers.col.actions')] : [])];
  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { memberId: removing.id, version: group.version } });
    } catch {
      return;
    }
    setNotice(t('web.groupMembers.removed', { name: removing.name }));
    setRemoving(null);
  };

  return (
    <div className="app-stack">
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <DataTable caption={t('web.groupMembers.caption')} columns={columns}>
        {group.members.map((member) => (
          <Table.Row key={member.id}>
            <Table.HeaderCell scope="row">
              {member.name}
              <div className="app-tags">
                <Tag data-color="neutral" data-size="sm">
                  {t(`web.groupMembers.kind.${member.kind}`)}
                </Tag>
                {member.isCoordinator && (
                  <Tag data-color="accent" data-size="sm">
                    {t('web.groupMembers.coordinator')}
                  </Tag>
                )}
              </div>
              {member.email && <div className="app-small app-muted">{member.email}</div>}
            </Table.HeaderCell>
            <DataTable.Cell label={columns[1]!}>{member.roleInGroup ?? <span className="app-muted">{t('web.common.notSet')}</span>}</DataTable.Cell>
            <DataTable.Cell label={columns[2]!}>
              {[member.unitName, member.organisation].filter(Boolean).join(', ') || <span className="app-muted">{t('common.none')}</span>}
            </DataTable.Cell>
            <DataTable.Cell label={columns[3]!}>{member.anchoredInOwnUnit ? t('web.common.yes') : t('web.common.no')}</DataTable.Cell>
            <DataTable.Cell label={columns[4]!}>
              <DateText value={member.joinedAt} />
            </DataTable.Cell>
            {manage && (
              <DataTable.Cell label={columns[5]!}>
                <div className="app-actions">
                  <Button type="button" variant="secondary" data-size="sm" aria-label={t('web.groupMembers.editFor', { name: member.name })} onClick={() => { setNotice(null); setEditing(member); }}>
                    {t('web.groupMembers.edit')}
                  </Button>
                  {!member.isCoordinator && (
                    <Button
                      type="button"
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      aria-label={t('web.groupMembers.removeFor', { name: member.name })}
                      onClick={() => {
                        removal.reset();
                        setNotice(null);
                        setRemoving(member);
                      }}
                    >
                      {t('web.groupMembers.remove')}
                    </Button>
                  )}
                </div>
              </DataTable.Cell>
            )}
          </Table.Row>
        ))}
      </DataTable>

      {manage && editing && (
        <Card data-color="neutral">
          <Heading level={3} data-size="xs" tabIndex={-1} ref={editHeading}>
            {t('web.groupMember.editTitle', { name: editing.name })}
          </Heading>
          <MemberForm
            key={editing.id}
            groupId={group.id}
            version={group.version}
            member={editing}
            candidates={candidates}
            onDone={() => {
              setEditing(null);
              setNotice(t('web.groupMember.saved'));
            }}
            onCancel={() => setEditing(null)}
            onReload={onReload}
          />
        </Card>
      )}

      {manage && (
        <Details>
          <Details.Summary>{t('web.groupMember.add')}</Details.Summary>
          <Details.Content>
            <MemberForm
              groupId={group.id}
              version={group.version}
              member={null}
              candidates={candidates}
              onDone={(name) => setNotice(t('web.groupMember.added', { name }))}
              onReload={onReload}
            />
          </Details.Content>
        </Details>
      )}

      <ConfirmDialog
        open={removing !== null}
        title={removing ? t('web.groupMembers.removeTitle', { name: removing.name }) : ''}
        confirm={t('web.groupMembers.removeConfirm')}
        color="danger"
        loading={removal.loading}
        error={removal.error}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      >
        <p>{removing ? t('web.groupMembers.removeText', { name: removing.name }) : null}</p>
      </ConfirmDialog>
    </div>
  );
}
