import { PageTitle, Paragraph, SelectField, type Column } from '@bridge/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../shared/app-link';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { useCursorPages, type CursorPage } from '../../shared/use-cursor-pages';
import type { OfferNamespace } from './offer-form';

export interface OfferListProps<Row extends { id: string }, Status extends string> {
  ns: OfferNamespace;
  /** The list's messages in `ns`: title, lead, new, filterStatus, allStatuses, caption, empty…. */
  section: 'vacancies' | 'places';
  /** Where the status names are in `ns` (`${statusNames}.${status}`). */
  statusNames: string;
  statuses: readonly Status[];
  /** The id of the status filter. */
  filterId: string;
  /** Where a new one is made. */
  newPath: string;
  /** The list's query key (the status goes after it). */
  queryKey: readonly unknown[];
  /** A page of the list, with only the chosen status (if any). */
  fetchPage(status: Status | undefined, cursor?: string): Promise<CursorPage<Row>>;
  columns: readonly Column<Row>[];
  /** Shown under the title, e.g. the questions about placements that wait for an answer. */
  notice?: ReactNode;
}

/** Someone's own offers (vacancies, school places), a page at a time, with a filter on their status and a link to make a new one. */
export function OfferList<Row extends { id: string }, Status extends string>({
  ns,
  section,
  statusNames,
  statuses,
  filterId,
  newPath,
  queryKey,
  fetchPage,
  columns,
  notice,
}: OfferListProps<Row, Status>) {
  const { t } = useTranslation(ns);
  usePageTitle(t(`${section}.title`));
  const [status, setStatus] = useState<Status | ''>('');
  const pages = useCursorPages([...queryKey, { status }], (cursor) =>
    fetchPage(status || undefined, cursor),
  );
  return (
    <>
      <PageTitle lead={t(`${section}.lead`)}>{t(`${section}.title`)}</PageTitle>
      {notice}
      <Paragraph>
        <AppLink to={newPath}>{t(`${section}.new`)}</AppLink>
      </Paragraph>
      <div className="bridge-filters">
        <SelectField
          id={filterId}
          label={t(`${section}.filterStatus`)}
          placeholder={t(`${section}.allStatuses`)}
          options={statuses.map((value) => ({ value, label: t(`${statusNames}.${value}`) }))}
          value={status}
          onChange={(event) => setStatus(event.target.value as Status | '')}
        />
      </div>
      <PagedTable
        pages={pages}
        caption={t(`${section}.caption`)}
        columns={columns}
        rowKey={(row) => row.id}
        emptyTitle={status ? t(`${section}.emptyFilteredTitle`) : t(`${section}.emptyTitle`)}
        empty={
          <>
            <Paragraph>{status ? t(`${section}.emptyFiltered`) : t(`${section}.empty`)}</Paragraph>
            {!status && (
              <Paragraph>
                <AppLink to={newPath}>{t(`${section}.new`)}</AppLink>
              </Paragraph>
            )}
          </>
        }
      />
    </>
  );
}
