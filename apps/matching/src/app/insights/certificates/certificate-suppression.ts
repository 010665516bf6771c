import { SUPPRESSION_THRESHOLD } from '../small-groups';

/**
 * Whether a workshop type's outcome counts are withheld: when it has fewer holders than the threshold,
 * or when exactly one of the qualifications it groups is withheld — its counts would then be the
 * type's minus those of the qualifications shown. Issued and holders counts stay shown: they are
 * the workshop's own output, not what became of a person.
 */
export function workshopTypeSuppressed(
  holders: number,
  crebos: readonly string[],
  suppressedCrebos: ReadonlySet<string>,
): boolean {
  if (holders < SUPPRESSION_THRESHOLD) return true;
  return crebos.filter((crebo) => suppressedCrebos.has(crebo)).length === 1;
}
