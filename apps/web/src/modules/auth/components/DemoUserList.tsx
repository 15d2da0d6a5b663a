import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { ROLES } from '@samhandling/shared';
import type { DemoUser } from '../../../lib/auth-api';
import { useT } from '../../../i18n';
import { groupUsersByRole } from '../group-users';

export function DemoUserList({
  users,
  pendingUsername,
  onSignIn,
}: {
  users: readonly DemoUser[];
  pendingUsername: string | null;
  onSignIn: (user: DemoUser) => void;
}) {
  const t = useT();
  const groups = groupUsersByRole(users);
  return (
    <div className="app-stack">
      {groups.map((group) => (
        <section key={group.role} aria-labelledby={`role-${group.role}`} className="app-section">
          <Heading level={2} data-size="sm" id={`role-${group.role}`}>
            {t(`role.${group.role}`)}
          </Heading>
          <ul className="app-card-grid" role="list">
            {group.users.map((user) => (
              <li key={user.username}>
                <Card data-color="neutral" className="app-user-card">
                  <Heading level={3} data-size="2xs">
                    {user.name}
                  </Heading>
                  {user.title && <Paragraph data-size="sm">{user.title}</Paragraph>}
                  {user.roles.length > 1 && (
                    <div className="app-tags">
                      {ROLES.filter((role) => user.roles.includes(role)).map((role) => (
                        <Tag key={role} data-size="sm" data-color="info">
                          {t(`role.${role}`)}
                        </Tag>
                      ))}
                    </div>
                  )}
                  <Button
                    data-size="sm"
                    onClick={() => onSignIn(user)}
                    loading={pendingUsername === user.username}
                    disabled={pendingUsername !== null}
                  >
                    {t('signIn.signInAs', { name: user.name })}
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
