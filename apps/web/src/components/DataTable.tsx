import { Table } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode } from 'react';
import { ScrollableTable } from './ScrollableTable';

/**
 * A table that becomes a stack of cards on narrow screens (styles.css, `.app-data-table`): each
 * row a card, each cell under its column's name, so a phone at 360 px needs no sideways scroll.
 * Between that and a wide screen a table may still scroll, in a region the keyboard can reach.
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <ScrollableTable label={caption}>
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
    </ScrollableTable>
  );
}

/** A cell named by its column, shown above the value when the table is stacked. */
function DataTableCell({ label, ...props }: ComponentProps<typeof Table.Cell> & { label: string }) {
  return <Table.Cell data-label={label} {...props} />;
}

DataTable.Cell = DataTableCell;
