/**
 * Events of one aggregate carry its version; a read model applies an event only when it is newer
 * than what it holds, so a late, older update never overwrites a newer one.
 */
export function isNewer(existing: { version: number } | null, incomingVersion: number): boolean {
  return !existing || existing.version < incomingVersion;
}
