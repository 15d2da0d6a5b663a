import { Details } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';

/**
 * A Details whose content is made only once it is opened (and kept after): what it shows is
 * fetched when someone wants to see it. In a div: a card with a Details of its own loses its padding.
 */
export function LazyDetails({ summary, defaultOpen = false, children }: { summary: ReactNode; defaultOpen?: boolean; children: () => ReactNode }) {
  const [opened, setOpened] = useState(defaultOpen);
  // Designsystemet hears the toggles of Details inside this one too: only its own count.
  const onToggle = (event: Event) => {
    if (event.target === event.currentTarget && (event.target as HTMLDetailsElement).open) setOpened(true);
  };
  return (
    <div>
      <Details defaultOpen={defaultOpen} onToggle={onToggle}>
        <Details.Summary>{summary}</Details.Summary>
        <Details.Content>{opened ? children() : null}</Details.Content>
      </Details>
    </div>
  );
}
