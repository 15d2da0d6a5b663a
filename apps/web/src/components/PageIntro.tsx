import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from './usePageTitle';

/** A page's level-1 heading (also the document title) and its lead paragraph. */
export function PageIntro({ title, intro }: { title: string; intro: string }) {
  usePageTitle(title);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="app-lead">{intro}</Paragraph>
    </>
  );
}
