import { DataTable, EmptyState, Pager, type Column } from '@bridge/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from './query-state';
import type { useCursorPages } from './use-cursor-pages';

type CursorPages<Row> = ReturnType<typeof useCursorPages<Row>>;

export interface PagedRowsProps<Row> {
  pages: CursorPages<Row>;
  /** The rows to show, when they differ from the page's items (e.g. changed on this screen since loading). */
  rows?: readonly Row[];
  /** What shows instead of the rows when the page has none. */
  empty: ReactNode;
  /** Keep the pager under an empty page too (the admin lists), so a page that became empty can be left. */
  pagerWhenEmpty?: boolean;
  /** The rows of the page, shown when there are any. */
  children(rows: readonly Row[]): ReactNode;
}

/**
 * One page of a list: loading and error states, what to show when it is empty, the rows, and paging
 * over the API's cursors with the common labels. For lists that show their rows in their own table.
 */
export function PagedRows<Row>({
  pages,
  rows = pages.items,
  empty,
  pagerWhenEmpty,
  children,
}: PagedRowsProps<Row>) {
  const { t } = useTranslation();
  const pager = (
    <Pager
      label={t('list.paging')}
      previousLabel={t('list.previous')}
      nextLabel={t('list.next')}
      hasPrevious={pages.hasPrevious}
      hasNext={pages.hasNext}
      onPrevious={pages.previous}
      onNext={pages.next}
      status={t('list.page', { page: pages.page })}
    />
  );
  return (
    <QueryState isPending={pages.isPending} error={pages.error}>
      {rows.length === 0 ? (
        <>
          {empty}
          {pagerWhenEmpty && pager}
        </>
      ) : (
        <>
          {children(rows)}
          {pager}
        </>
      )}
    </QueryState>
  );
}

export interface PagedTableProps<Row> extends Omit<PagedRowsProps<Row>, 'empty' | 'children'> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rowKey(row: Row): string;
  rowHeader?: boolean;
  /** What an empty list says, and what to do about it. */
  emptyTitle: ReactNode;
  empty?: ReactNode;
}

/**
 * One page of a list as a table: loading and error states, an empty state that says what to do,
 * and paging over the API's cursors. Every list screen shows its list this way.
 */
export function PagedTable<Row>({
  caption,
  columns,
  rowKey,
  rowHeader,
  emptyTitle,
  empty,
  ...paged
}: PagedTableProps<Row>) {
  return (
    <PagedRows {...paged} empty={<EmptyState title={emptyTitle}>{empty}</EmptyState>}>
      {(rows) => (
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={rowKey}
          rowHeader={rowHeader}
          busy={paged.pages.isFetching}
        />
      )}
    </PagedRows>
  );
}
