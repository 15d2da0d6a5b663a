import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../../i18n';
import { useMe } from '../../session/MeContext';

/** Back to the person's plan: the citizen's plan is their home page; staff have a page per person. */
export function PlanLink({ person }: { person: { id: string; firstName: string } }) {
  const { t } = useI18n();
  const { activeRole } = useMe();
  return (
    <Link asChild>
      <RouterLink to={activeRole === 'CITIZEN' ? '/' : `/plan/${person.id}`}>{t('web.meeting.toPlan', { name: person.firstName })}</RouterLink>
    </Link>
  );
}
