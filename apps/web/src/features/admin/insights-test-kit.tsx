import { vi } from 'vitest';
import type { Handler } from './admin-test-kit';

/**
 * Catches the browser downloads of the CSV buttons: `saved` holds each file's name. Call
 * `restore()` when done.
 */
export function stubDownloads() {
  const saved: string[] = [];
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() });
  const click = vi
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  return { saved, restore: () => click.mockRestore() };
}

/**
 * A route that answers `json`, or a CSV file named `fileName` when asked with Accept: text/csv as
 * the download buttons do; `csvAsked` gets the URL of each CSV request (with the screen's filters).
 */
export function jsonOrCsv(json: unknown, fileName: string, csvAsked: URL[]): Handler {
  return (request, url) => {
    if (request.headers.get('accept') !== 'text/csv') return json;
    csvAsked.push(url);
    return new Response('code;label\r\n', {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
      },
    });
  };
}

/** The texts of a table row's cells, header cell first. */
export const cellTexts = (row: HTMLElement) =>
  Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent);
