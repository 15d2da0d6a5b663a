import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n';
import { CitizenReferralForm } from '../modules/intake/components/CitizenReferralForm';
import { ReferralForm } from '../modules/intake/components/ReferralForm';
import { ReferralReceipt } from '../modules/intake/components/ReferralReceipt';
import type { SubmittedReferral } from '../modules/intake/components/submit-referral';
import { useMe } from '../modules/session/MeContext';

/** /melding/ny: the referral form, in plain language for a citizen; a receipt once it is sent. */
export function NewReferralPage() {
  const t = useT();
  const me = useMe();
  const citizen = me.activeRole === 'CITIZEN';
  const [sent, setSent] = useState<SubmittedReferral | null>(null);
  // A new form for another referral: a new key starts it empty.
  const [round, setRound] = useState(0);
  const title = citizen ? t('web.intake.citizenTitle') : t('web.intake.title');
  usePageTitle(title);
  return (
    <>
      <nav aria-label={t('web.plan.breadcrumb')} className="app-back">
        <Link asChild>
          <RouterLink to="/">{t('web.intake.back')}</RouterLink>
        </Link>
      </nav>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {sent ? (
        <ReferralReceipt
          referral={sent}
          citizen={citizen}
          onAnother={() => {
            setSent(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <>
          <Paragraph className="app-lead">{citizen ? t('web.intake.citizenIntro') : t('web.intake.intro')}</Paragraph>
          {citizen ? (
            <CitizenReferralForm key={round} onSubmitted={setSent} />
          ) : (
            <ReferralForm key={round} role={me.activeRole} onSubmitted={setSent} />
          )}
        </>
      )}
    </>
  );
}
