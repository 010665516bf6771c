import { DEFAULT_MATCH_SETTINGS } from '../match-rules/match-settings';

/**
 * The cohort every insight counts: candidates nearing release, the release window of hard rule 6
 * (release within the horizon and not more than the allowed days past), on candidates `c`. Its
 * parameters are the first three of the query: today, the days past, the horizon.
 */
export const NEARING_RELEASE_CONDITION =
  'c.expected_release_date BETWEEN $1::date - $2::int AND $1::date + $3::int';

export function nearingReleaseParameters(asOf: string): [string, number, number] {
  const { horizonDays, daysPastRelease } = DEFAULT_MATCH_SETTINGS;
  return [asOf, daysPastRelease, horizonDays];
}
