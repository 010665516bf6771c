import { CsvColumn } from '@bridge/platform';
import { FunnelCounts, FunnelView } from './insights.view';

/** One line of the funnel export: the totals, one region's or one PI's counts. */
export interface FunnelCsvRow {
  scope: 'all' | 'region' | 'pi';
  code: string;
  name: string;
  counts: FunnelCounts;
}

/**
 * The columns of the funnel export: where, then every count the funnel answers, read from the view
 * itself so that a count added to `FunnelCounts` is exported without a second list to keep.
 */
export function funnelColumns(view: FunnelView): CsvColumn<FunnelCsvRow>[] {
  const counts = Object.keys(view).filter(
    (key): key is keyof FunnelCounts & string =>
      typeof (view as unknown as Record<string, unknown>)[key] === 'number',
  );
  return [
    { header: 'scope', value: (row) => row.scope },
    { header: 'code', value: (row) => row.code },
    { header: 'name', value: (row) => row.name },
    ...counts.map(
      (key): CsvColumn<FunnelCsvRow> => ({ header: key, value: (row) => row.counts[key] }),
    ),
  ];
}

export function funnelCsvRows(view: FunnelView): FunnelCsvRow[] {
  return [
    { scope: 'all', code: '', name: 'Totaal', counts: view },
    ...view.byRegion.map(
      (region): FunnelCsvRow => ({
        scope: 'region',
        code: region.regionCode,
        name: region.name,
        counts: region,
      }),
    ),
    ...view.byPi.map(
      (pi): FunnelCsvRow => ({ scope: 'pi', code: pi.piCode, name: pi.name, counts: pi }),
    ),
  ];
}
