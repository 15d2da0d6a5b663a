import { useMutation } from '@apollo/client/react';
import { isRole } from '@samhandling/shared';
import { useNavigate } from 'react-router';
import type { Role } from '../../../gql/graphql';
import { LabelledSelect } from '../../../components/LabelledSelect';
import { useT } from '../../../i18n';
import { SwitchRoleMutation } from '../graphql/session';

/** "Aktiv rolle": shown only to users with several roles. */
export function RoleSelect({ roles, activeRole }: { roles: readonly Role[]; activeRole: Role }) {
  const t = useT();
  const navigate = useNavigate();
  const [switchRole, { loading }] = useMutation(SwitchRoleMutation);
  if (roles.length < 2) return null;
  return (
    <LabelledSelect
      label={t('nav.activeRole')}
      value={activeRole}
      disabled={loading}
      options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      onChange={async (role) => {
        if (!isRole(role) || role === activeRole) return;
        try {
          await switchRole({ variables: { role } });
          void navigate('/');
        } catch {
          // The error link handles an expired session; the select keeps the old role otherwise.
        }
      }}
    />
  );
}
