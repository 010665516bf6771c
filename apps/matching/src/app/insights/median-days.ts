/**
 * SQL: the median of the days from one instant column to another, rounded to 1 decimal; NULL over no
 * rows. Medians are computed where the rows are, so only the figure leaves the database.
 */
export const medianDaysSql = (from: string, to: string): string =>
  `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${to} - ${from})::float8 / 86400))::numeric, 1)`;
