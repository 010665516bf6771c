import { StreamableFile } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Request } from 'express';

export const CSV_MEDIA_TYPE = 'text/csv';

/** One column of an export: its header and how a row fills it. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * Whether the caller asked for the CSV form of a list (`Accept: text/csv`): the same route and
 * query as the JSON, so an export always carries exactly the filters of the screen it came from.
 */
export function wantsCsv(request: Pick<Request, 'headers'>): boolean {
  const accept = request.headers.accept ?? '';
  return accept
    .split(',')
    .some((part) => part.split(';')[0].trim().toLowerCase() === CSV_MEDIA_TYPE);
}

/** `queue` at 2026-12-08 01:02:03Z → `queue-20261208-010203Z.csv`: sortable, and safe in every file system. */
export function csvFileName(base: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
    .replace('T', '-');
  return `${base}-${stamp}.csv`;
}

/**
 * A spreadsheet opens a cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a formula
 * (CSV injection, OWASP): such text cells get a leading apostrophe. Numbers stay numbers.
 */
function inert(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The rows as RFC 4180 CSV, with a byte order mark so that Excel reads the UTF-8 (é, ë) right. */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Iterable<Row>): string {
  const records: string[][] = [];
  for (const row of rows) records.push(columns.map((column) => inert(column.value(row))));
  return (
    '\uFEFF' +
    stringify(records, {
      header: true,
      columns: columns.map((column) => inert(column.header)),
      record_delimiter: '\r\n',
    })
  );
}

/** The download: `text/csv`, as an attachment named `<base>-<UTC timestamp>.csv`. */
export function csvDownload<Row>(
  base: string,
  columns: CsvColumn<Row>[],
  rows: Iterable<Row>,
  at: Date,
): StreamableFile {
  return new StreamableFile(Buffer.from(toCsv(columns, rows), 'utf8'), {
    type: `${CSV_MEDIA_TYPE}; charset=utf-8`,
    disposition: `attachment; filename="${csvFileName(base, at)}"`,
  });
}

/** OpenAPI: the route answers JSON, or CSV when asked with `Accept: text/csv`. */
export const ApiCsvExport = () => ApiProduces('application/json', CSV_MEDIA_TYPE);
