import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useT } from '../i18n';
import { usePageTitle } from './usePageTitle';

/**
 * "Not found, or no access": one message for both, so a page does not tell whether what was
 * asked for exists. No retry (it would not help), and a way home.
 */
export function NotFoundContent() {
  const t = useT();
  usePageTitle(t('web.notFound.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('web.notFound.title')}
      </Heading>
      <Paragraph>{t('web.notFound.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('web.notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
