import { useMutation } from '@apollo/client/react';
import { Label, Select } from '@digdir/designsystemet-react';
import { isRole } from '@samhandling/shared';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import type { Role } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { SwitchRoleMutation } from '../graphql/session';

/** "Aktiv rolle": shown only to users with several roles. */
export function RoleSelect({ roles, activeRole }: { roles: readonly Role[]; activeRole: Role }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const [switchRole, { loading }] = useMutation(SwitchRoleMutation);
  if (roles.length < 2) return null;
  return (
    <div className="app-field-inline">
      <Label htmlFor={id} data-size="sm">
        {t('nav.activeRole')}
      </Label>
      <Select
        id={id}
        data-size="sm"
        width="auto"
        value={activeRole}
        disabled={loading}
        onChange={async (event) => {
          const role = event.target.value;
          if (!isRole(role) || role === activeRole) return;
          try {
            await switchRole({ variables: { role } });
            void navigate('/');
          } catch {
            // The error link handles an expired session; the select keeps the old role otherwise.
          }
        }}
      >
        {roles.map((role) => (
          <Select.Option key={role} value={role}>
            {t(`role.${role}`)}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
