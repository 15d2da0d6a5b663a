import { Table } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode } from 'react';

/**
 * A table that becomes a stack of cards on narrow screens (styles.css, `.app-data-table`): each
 * row a card, each cell under its column's name. A phone at 360 px then needs no sideways scroll,
 * so no scrollable region has to take keyboard focus.
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="app-table-wrap">
      <Table zebra data-size="sm" className="app-data-table">
        <caption className="app-visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((column, index) => (
              <Table.HeaderCell key={index}>{column}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}

/** A cell named by its column, shown above the value when the table is stacked. */
function DataTableCell({ label, ...props }: ComponentProps<typeof Table.Cell> & { label: string }) {
  return <Table.Cell data-label={label} {...props} />;
}

DataTable.Cell = DataTableCell;
