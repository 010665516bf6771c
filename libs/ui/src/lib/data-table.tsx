import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface Column<Row> {
  /** Stable key of the column (also its test hook). */
  key: string;
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** Numbers are right-aligned so they can be compared at a glance. */
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** The first column names the row for screen readers (a row header). */
  rowHeader?: boolean;
  busy?: boolean;
}

/**
 * A table with a caption and column headers. It scrolls sideways inside its own region on narrow
 * screens (320 px), so the page itself never does.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader = true,
  busy,
}: DataTableProps<Row>) {
  return (
    <div
      className="bridge-table-scroll"
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
      tabIndex={0}
    >
      <Table busy={busy}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.key}
                scope="col"
                className={column.numeric ? 'bridge-numeric' : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column, index) =>
                rowHeader && index === 0 ? (
                  <TableHeaderCell key={column.key} scope="row">
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell
                    key={column.key}
                    className={column.numeric ? 'bridge-numeric' : undefined}
                  >
                    {column.cell(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
