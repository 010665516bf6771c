import { vi } from 'vitest';
import type { Handler } from './admin-test-kit';

/**
 * Catches the browser downloads of the CSV buttons: `saved` holds each file's name. Call
 * `restore()` when done.
 */
export function stubDownloads() {
  const saved: string[] = [];
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
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

/** Certificate outcomes of one PI (or all): a qualification of 9 holders is withheld. */
export const certificateOutcomes = (pi: string | null) => ({
  asOf: '2026-11-28',
  pi,
  suppressionThreshold: 10,
  byQualification: [
    {
      code: '25290',
      label: 'Basislasser',
      issued: 24,
      holders: 20,
      suppressed: false,
      withSuggestion: 15,
      referred: 8,
      placed: 5,
    },
    {
      code: '25252',
      label: 'Assistent horeca',
      issued: 9,
      holders: 9,
      suppressed: true,
      withSuggestion: null,
      referred: null,
      placed: null,
    },
  ],
  byWorkshopType: [
    {
      code: 'metal',
      label: 'Metaalbewerking',
      issued: 30,
      holders: 25,
      suppressed: false,
      withSuggestion: 18,
      referred: 9,
      placed: 6,
    },
  ],
  shortfall: [
    {
      crebo: '25180',
      title: 'Logistiek medewerker',
      sector: 'Transport en logistiek',
      openings: 12,
      seats: 3,
    },
  ],
});
