import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n';

/** Where the plan is downloaded as a PDF, in the language the reader has chosen here. */
export const planPdfHref = (planId: string, locale: string) => `/api/plans/${encodeURIComponent(planId)}/plan.pdf?lang=${locale}`;

/** The whole plan as a PDF, as this reader may see it (the server applies the same rules). */
export function PlanPdfLink({ planId }: { planId: string }) {
  const { t, locale } = useI18n();
  return (
    <Paragraph>
      <Link href={planPdfHref(planId, locale)} download>
        {t('web.plan.download')}
      </Link>
    </Paragraph>
  );
}
