import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { PageShell } from '../components/PageShell';
import { SimpleHeader } from '../components/SimpleHeader';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('web.notFound.title'));
  return (
    <PageShell header={<SimpleHeader />}>
      <Heading level={1} data-size="lg">
        {t('web.notFound.title')}
      </Heading>
      <Paragraph>{t('error.NOT_FOUND')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('web.notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </PageShell>
  );
}
