import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../../i18n';
import type { SubmittedReferral } from './submit-referral';

/** What the sender sees once the referral is received: its journal number, and the way home. */
export function ReferralReceipt({ referral, citizen, onAnother }: { referral: SubmittedReferral; citizen: boolean; onAnother: () => void }) {
  const { t, formatDateTime } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form is gone: the receipt takes the focus, so a screen reader reads it at once.
  useEffect(() => headingRef.current?.focus(), []);
  const journalNumber = referral.journalNumber ?? t('web.common.notSet');
  return (
    <Alert data-color="success">
      <Heading level={2} data-size="sm" ref={headingRef} tabIndex={-1}>
        {t('web.intake.receipt.title')}
      </Heading>
      <Paragraph>
        {citizen
          ? t('web.intake.receipt.citizenText', { journalNumber })
          : t('web.intake.receipt.text', { name: referral.person.name, journalNumber })}
      </Paragraph>
      <Paragraph data-size="sm">{t('web.intake.receipt.received', { time: formatDateTime(referral.receivedAt) })}</Paragraph>
      <div className="app-actions">
        <Link asChild>
          <RouterLink to="/">{t('web.intake.receipt.home')}</RouterLink>
        </Link>
        <Button type="button" variant="secondary" data-size="sm" onClick={onAnother}>
          {t('web.intake.receipt.another')}
        </Button>
      </div>
    </Alert>
  );
}
