import { useApolloClient } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';
import { logout } from '../../../lib/auth-api';
import { SIGN_IN_PATH } from '../sign-in-path';
import { RoleSelect } from './RoleSelect';

export const AppHeaderMeFragment = graphql(`
  fragment AppHeaderMe on Me {
    id
    name
    kind
    roles
    activeRole
    municipalityName
  }
`);

export function AppHeader(props: { me: FragmentType<typeof AppHeaderMeFragment> }) {
  const me = useFragment(AppHeaderMeFragment, props.me);
  const t = useT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    try {
      await logout();
    } catch {
      // Signing out locally is still right when the server could not be reached.
    } finally {
      await client.clearStore();
      setSigningOut(false);
      void navigate(SIGN_IN_PATH, { replace: true });
    }
  };

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <RouterLink to="/" className="app-header__product">
          {t('app.name')}
        </RouterLink>
        <Paragraph data-size="sm" className="app-header__municipality">
          {me.municipalityName}
        </Paragraph>
      </div>
      <div className="app-header__controls">
        <Paragraph data-size="sm" className="app-header__user">
          {t('nav.signedInAs', { name: me.name })}
          {me.roles.length < 2 && <span className="app-header__role"> · {t(`role.${me.activeRole}`)}</span>}
        </Paragraph>
        <RoleSelect roles={me.roles} activeRole={me.activeRole} />
        <LanguageSelect />
        <Button variant="secondary" data-size="sm" onClick={signOut} loading={signingOut}>
          {t('nav.signOut')}
        </Button>
      </div>
    </header>
  );
}
