import {
  listMunicipalities,
  listPenitentiaryInstitutions,
  listRegions,
} from '@bridge/reference-data';
import type { SelectOptionItem } from '@bridge/ui';

const collator = new Intl.Collator('nl');

/** The 342 municipalities by name (value: CBS code). */
export const municipalityOptions: readonly SelectOptionItem[] = listMunicipalities()
  .map((m) => ({ value: m.code, label: m.name }))
  .sort((a, b) => collator.compare(a.label, b.label));

/** The 35 labour market regions by name (value: region code). */
export const regionOptions: readonly SelectOptionItem[] = listRegions()
  .map((r) => ({ value: r.code, label: r.name }))
  .sort((a, b) => collator.compare(a.label, b.label));

/** The PI's (value: PI code). */
export const piOptions: readonly SelectOptionItem[] = listPenitentiaryInstitutions()
  .map((pi) => ({ value: pi.code, label: pi.name }))
  .sort((a, b) => collator.compare(a.label, b.label));

const byCode = (options: readonly SelectOptionItem[]) =>
  new Map(options.map((o) => [o.value, o.label]));
const municipalityNames = byCode(municipalityOptions);
const regionNames = byCode(regionOptions);
const piNames = byCode(piOptions);

export const municipalityName = (code: string | null | undefined) =>
  code ? (municipalityNames.get(code) ?? code) : '';
export const regionName = (code: string | null | undefined) =>
  code ? (regionNames.get(code) ?? code) : '';
export const piName = (code: string | null | undefined) =>
  code ? (piNames.get(code) ?? code) : '';
