import { csvFileName, toCsv, wantsCsv } from './csv-export';

describe('CSV export', () => {
  interface Row {
    region: string;
    share: number | null;
  }
  const columns = [
    { header: 'region', value: (row: Row) => row.region },
    { header: 'share', value: (row: Row) => row.share },
  ];

  it('writes a header, CRLF records and a byte order mark', () => {
    expect(toCsv(columns, [{ region: 'Groot Amsterdam', share: 0.25 }])).toBe(
      '\uFEFFregion,share\r\nGroot Amsterdam,0.25\r\n',
    );
  });

  it('quotes separators and quotes, and leaves an empty cell for null', () => {
    expect(toCsv(columns, [{ region: 'Zuid-Holland "Centraal", Leiden', share: null }])).toBe(
      '\uFEFFregion,share\r\n"Zuid-Holland ""Centraal"", Leiden",\r\n',
    );
  });

  it.each(['=1+1', '+31', '-2', '@SUM(A1)', '\tx'])(
    'makes the text %j inert for a spreadsheet',
    (text) => {
      expect(toCsv(columns, [{ region: text, share: -2 }]).split('\r\n')[1]).toMatch(
        new RegExp(`^"?'`),
      );
    },
  );

  it('keeps a negative number a number', () => {
    expect(toCsv(columns, [{ region: 'x', share: -2 }]).split('\r\n')[1]).toBe('x,-2');
  });

  it('names the file with its UTC timestamp', () => {
    expect(csvFileName('suggestion-queue', new Date('2026-12-08T01:02:03.456Z'))).toBe(
      'suggestion-queue-20261208-010203Z.csv',
    );
  });

  it.each([
    ['text/csv', true],
    ['application/json, text/csv;q=0.9', true],
    ['TEXT/CSV', true],
    ['application/json', false],
    [undefined, false],
  ])('Accept %j asks for CSV: %j', (accept, expected) => {
    expect(wantsCsv({ headers: accept === undefined ? {} : { accept } })).toBe(expected);
  });
});
