import type { ReactNode } from 'react';

/**
 * Holds a table that may scroll sideways on a narrow screen. It takes focus so the keyboard can
 * scroll it too (WCAG 2.1.1), and carries the table's name so the stop is announced.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
