import { EntityManager } from 'typeorm';
import { canonicalJson, requestHash } from '@bridge/platform';
import type { CandidateProfile, TargetProfile } from '../match-rules/match-rules';

export type MatchInputKind = 'candidate' | 'target';

/** One input of a suggestion as the engine judged it, keyed by the SHA-256 of its canonical JSON. */
export interface MatchInputSnapshot {
  hash: string;
  kind: MatchInputKind;
  content: CandidateProfile | TargetProfile;
}

/**
 * The candidate's match profile as a snapshot. Pseudonymous by construction: a profile holds the candidate's id,
 * never its DJI number. Its certificates are a set to the rules, so they are sorted: the same profile read in
 * another order is the same snapshot, shared rather than stored twice.
 */
export function candidateSnapshot(profile: CandidateProfile): MatchInputSnapshot {
  const content: CandidateProfile = {
    ...profile,
    certificates: [...profile.certificates].sort(
      (a, b) => compare(a.crebo, b.crebo) || compare(a.sector, b.sector),
    ),
  };
  return { hash: requestHash(content), kind: 'candidate', content };
}

export function targetSnapshot(profile: TargetProfile): MatchInputSnapshot {
  return { hash: requestHash(profile), kind: 'target', content: profile };
}

/** Stores the snapshots not stored yet, in one statement; a hash already there holds the same content. */
export async function storeSnapshots(
  manager: EntityManager,
  snapshots: MatchInputSnapshot[],
): Promise<void> {
  const unique = [...new Map(snapshots.map((s) => [s.hash, s])).values()];
  if (unique.length === 0) return;
  await manager.query(
    `INSERT INTO match_input_snapshots (hash, kind, content)
     SELECT x.hash, x.kind, x.content::jsonb FROM json_to_recordset($1::json) AS x(hash text, kind text, content text)
     ON CONFLICT (hash) DO NOTHING`,
    [JSON.stringify(unique.map((s) => ({ ...s, content: canonicalJson(s.content) })))],
  );
}

/** The snapshots of these hashes, by hash. */
export async function loadSnapshots(
  manager: EntityManager,
  hashes: string[],
): Promise<Map<string, MatchInputSnapshot>> {
  const rows: MatchInputSnapshot[] = await manager.query(
    'SELECT hash, kind, content FROM match_input_snapshots WHERE hash = ANY($1::text[])',
    [hashes],
  );
  return new Map(rows.map((row) => [row.hash, row]));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
