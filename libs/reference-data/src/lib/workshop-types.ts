import data from '../data/workshop-types.json';
import { UnknownReferenceError } from './errors';
import { deepFreeze } from './normalize';

/**
 * In-Made workshop types. This list and its mapping to qualifications are our own (editorial),
 * not an official In-Made/DJI list; see README.md.
 */
export const WORKSHOP_TYPE_CODES = [
  'wood',
  'metal',
  'sewing',
  'laundry',
  'bakery',
  'bicycle-repair',
  'assembly-packaging',
  'kitchen',
  'green',
  'cleaning',
  'logistics',
  'construction',
  'maintenance',
  'retail',
] as const;

export type WorkshopTypeCode = (typeof WORKSHOP_TYPE_CODES)[number];

export interface WorkshopType {
  readonly code: WorkshopTypeCode;
  /** Dutch label, e.g. `Naaiatelier`. */
  readonly label: string;
  /** The `inmade_categories` tag of the source qualifications this type corresponds to, e.g. `textiel`. */
  readonly sourceCategory: string;
  /** Sectors (opleidingsdomeinen, or `Entree`) of the related qualifications. */
  readonly sectors: readonly string[];
  /** Crebo codes of the related qualifications, ascending. */
  readonly qualificationCrebos: readonly string[];
  /** Caveat, e.g. that a type only has closest-match qualifications (laundry). */
  readonly note?: string;
}

export function isWorkshopTypeCode(code: unknown): code is WorkshopTypeCode {
  return typeof code === 'string' && (WORKSHOP_TYPE_CODES as readonly string[]).includes(code);
}

function toWorkshopTypeCode(code: string): WorkshopTypeCode {
  if (!isWorkshopTypeCode(code))
    throw new Error(`reference-data: unknown workshop type ${code} in data`);
  return code;
}

const WORKSHOP_TYPES: readonly WorkshopType[] = deepFreeze(
  data.workshopTypes.map(
    (t: {
      code: string;
      label: string;
      sourceCategory: string;
      sectors: string[];
      qualificationCrebos: string[];
      note?: string;
    }): WorkshopType => ({
      code: toWorkshopTypeCode(t.code),
      label: t.label,
      sourceCategory: t.sourceCategory,
      sectors: [...t.sectors],
      qualificationCrebos: [...t.qualificationCrebos],
      ...(t.note === undefined ? {} : { note: t.note }),
    }),
  ),
);

const BY_CODE: ReadonlyMap<string, WorkshopType> = new Map(WORKSHOP_TYPES.map((t) => [t.code, t]));

/** The workshop type with this code (exact, lower-case, e.g. `bicycle-repair`), or `undefined`. */
export function findWorkshopType(code: string): WorkshopType | undefined {
  return typeof code === 'string' ? BY_CODE.get(code.trim()) : undefined;
}

/** Like {@link findWorkshopType}, but throws {@link UnknownReferenceError} for an unknown code. */
export function requireWorkshopType(code: string): WorkshopType {
  const type = findWorkshopType(code);
  if (!type) throw new UnknownReferenceError('workshop-type', code);
  return type;
}

/** All workshop types, in the order of {@link WORKSHOP_TYPE_CODES}. */
export function listWorkshopTypes(): readonly WorkshopType[] {
  return WORKSHOP_TYPES;
}
