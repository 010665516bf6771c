import { Actions, Button, PageTitle, Paragraph, TextField, type Column } from '@bridge/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { QueryState } from '../../shared/query-state';
import { applyServerErrors } from '../../shared/server-errors';
import { useCursorPages, type CursorPage } from '../../shared/use-cursor-pages';
import { AppLink, FormOutcome, isConflict } from './admin-shared';

/**
 * The admin's registers of organisations (employers, education providers): a searchable list, a
 * form to register one and the same form to change one. `section` names their messages in `admin`
 * (title, lead, search, caption, none…, newTitle, editTitle, back, registerSubmit).
 */
export type RegisterSection = 'employers' | 'providers';

/** The search box of a list, kept in the URL (?q=) so the list is the same after going back. */
export function SearchForm({
  id,
  label,
  hint,
  value,
  onSearch,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onSearch(q: string): void;
}) {
  const { t } = useTranslation('admin');
  const [text, setText] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" onSubmit={submit} className="admin-filters">
      <TextField
        id={id}
        type="search"
        label={label}
        hint={hint}
        value={text}
        maxLength={100}
        onChange={(event) => setText(event.target.value)}
      />
      <Actions>
        <Button type="submit">{t('search.submit')}</Button>
        {value && (
          <Button
            appearance="subtle"
            onClick={() => {
              setText('');
              onSearch('');
            }}
          >
            {t('search.clear')}
          </Button>
        )}
      </Actions>
    </form>
  );
}

export interface SearchListProps<Row> {
  section: RegisterSection;
  /** Where one is registered. */
  newPath: string;
  /** The id of the search field. */
  searchId: string;
  /** The register's query key (the list's pages go under it, so a write refreshes them). */
  queryKey: readonly unknown[];
  /** A page of the register, with the search text (if any). */
  fetchPage(q: string | undefined, cursor?: string): Promise<CursorPage<Row>>;
  columns: readonly Column<Row>[];
  rowKey(row: Row): string;
}

/** A register's list: a link to register one, a search kept in the URL (?q=), and the matches a page at a time. */
export function SearchList<Row>({
  section,
  newPath,
  searchId,
  queryKey,
  fetchPage,
  columns,
  rowKey,
}: SearchListProps<Row>) {
  const { t } = useTranslation('admin');
  usePageTitle(t(`${section}.title`));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const pages = useCursorPages([...queryKey, 'list', { q }], (cursor) =>
    fetchPage(q || undefined, cursor),
  );
  return (
    <>
      <PageTitle lead={t(`${section}.lead`)}>{t(`${section}.title`)}</PageTitle>
      <Actions>
        <AppLink to={newPath}>{t(`${section}.register`)}</AppLink>
      </Actions>
      <SearchForm
        key={q}
        id={searchId}
        label={t(`${section}.search`)}
        hint={t(`${section}.searchHint`)}
        value={q}
        onSearch={(next) => setParams(next ? { q: next } : {})}
      />
      <PagedTable
        pages={pages}
        caption={t(`${section}.caption`)}
        rowKey={rowKey}
        columns={columns}
        emptyTitle={q ? t(`${section}.noneFound`, { q }) : t(`${section}.none`)}
        empty={<Paragraph>{q ? t('search.tryOther') : t(`${section}.noneHint`)}</Paragraph>}
        pagerWhenEmpty
      />
    </>
  );
}

/** The page to register one: title, lead, the way back to the list, and the form. */
export function RegisterNewPage({
  section,
  backPath,
  children,
}: {
  section: RegisterSection;
  backPath: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('admin');
  usePageTitle(t(`${section}.newTitle`));
  return (
    <>
      <PageTitle lead={t(`${section}.newLead`)}>{t(`${section}.newTitle`)}</PageTitle>
      <Paragraph>
        <AppLink to={backPath}>{t(`${section}.back`)}</AppLink>
      </Paragraph>
      {children}
    </>
  );
}

/** The page to change one: its name as the title once loaded, the way back to the list, and the form with what it holds. */
export function RegisterEditPage<Item extends { name: string }>({
  section,
  backPath,
  query,
  children,
}: {
  section: RegisterSection;
  backPath: string;
  query: UseQueryResult<Item>;
  children(item: Item): ReactNode;
}) {
  const { t } = useTranslation('admin');
  usePageTitle(query.data ? query.data.name : t(`${section}.editTitle`));
  return (
    <>
      <PageTitle lead={t(`${section}.editLead`)}>
        {query.data?.name ?? t(`${section}.editTitle`)}
      </PageTitle>
      <Paragraph>
        <AppLink to={backPath}>{t(`${section}.back`)}</AppLink>
      </Paragraph>
      <QueryState isPending={query.isPending} error={query.error}>
        {query.data && children(query.data)}
      </QueryState>
    </>
  );
}

/**
 * What a register's form shows after sending: the saved message, or the failure. A conflict (already
 * registered) is told at the unique field; other field errors of the server at the fields they name.
 */
export function useRegisterOutcome<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  fields: readonly Path<Values>[],
  unique: { field: Path<Values>; message: string },
) {
  const [saved, setSaved] = useState<ReactNode>();
  const [failure, setFailure] = useState<string>();
  return {
    saved,
    failure,
    /** Sent: the failure (if any) goes; the saved message follows with `showSaved` once the lists are refreshed. */
    clearFailure: () => setFailure(undefined),
    showSaved: setSaved,
    failed: (error: unknown) => {
      setSaved(undefined);
      if (isConflict(error)) {
        setError(unique.field, { type: 'server', message: unique.message });
        return setFailure(undefined);
      }
      setFailure(applyServerErrors(error, setError, fields));
    },
  };
}

/** A register's form: the outcome on top, the fields, and the button (register, or save when changing). */
export function RegisterForm({
  section,
  editing,
  saved,
  failure,
  busy,
  onSubmit,
  children,
}: {
  section: RegisterSection;
  editing: boolean;
  saved?: ReactNode;
  failure?: string;
  busy: boolean;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
}) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  return (
    <form noValidate onSubmit={onSubmit}>
      <FormOutcome saved={saved} failure={failure} />
      {children}
      <Actions>
        <Button type="submit" appearance="primary" busy={busy}>
          {editing ? common('form.save') : t(`${section}.registerSubmit`)}
        </Button>
      </Actions>
    </form>
  );
}
