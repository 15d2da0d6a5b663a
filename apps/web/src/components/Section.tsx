import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A page section labelled by its own level-2 heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="app-section">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
