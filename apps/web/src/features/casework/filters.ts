import type { CandidateFilters } from '../candidates/candidate-list';

/** The longest release window the service accepts (ListCandidatesQuery). */
export const MAX_RELEASE_WITHIN_DAYS = 3650;

/** The filters as they stand in the URL (strings; '' = no filter). */
export interface FilterValues {
  releaseWithinDays: string;
  hasCertificate: '' | 'true' | 'false';
  consent: '' | 'true' | 'false';
  /** '' = active (the default), 'left', or 'all'. */
  status: 'active' | 'left' | 'all';
}

const yesNo = (value: string | null): '' | 'true' | 'false' =>
  value === 'true' || value === 'false' ? value : '';

/** The filters of `?releaseWithinDays=&hasCertificate=&consent=&status=`; values the service would refuse are ignored. */
export function filtersFromSearch(search: URLSearchParams): FilterValues {
  const days = search.get('releaseWithinDays') ?? '';
  const status = search.get('status');
  return {
    releaseWithinDays:
      /^\d{1,4}$/.test(days) && Number(days) <= MAX_RELEASE_WITHIN_DAYS ? String(Number(days)) : '',
    hasCertificate: yesNo(search.get('hasCertificate')),
    consent: yesNo(search.get('consent')),
    status: status === 'left' || status === 'all' ? status : 'active',
  };
}

/** The URL's search params for these filters (the defaults left out, so a plain list has a plain URL). */
export function searchFromFilters(values: FilterValues): URLSearchParams {
  const search = new URLSearchParams();
  if (values.releaseWithinDays.trim() !== '')
    search.set('releaseWithinDays', String(Number(values.releaseWithinDays)));
  if (values.hasCertificate) search.set('hasCertificate', values.hasCertificate);
  if (values.consent) search.set('consent', values.consent);
  if (values.status !== 'active') search.set('status', values.status);
  return search;
}

/** The query of GET /candidates for these filters, within the casemanager's own PI. */
export function queryOfFilters(values: FilterValues, pi: string | undefined): CandidateFilters {
  return {
    pi,
    ...(values.releaseWithinDays !== '' && { releaseWithinDays: Number(values.releaseWithinDays) }),
    ...(values.hasCertificate && { hasCertificate: values.hasCertificate === 'true' }),
    ...(values.consent && { consent: values.consent === 'true' }),
    ...(values.status !== 'all' && { status: values.status }),
  };
}
