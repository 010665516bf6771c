import { boundingBox, haversineMeters, innerBox } from './geo';
import { filterValueOf, normalizeFilterString } from './query';
import type { ResolvedSchema } from './schema';
import type { SearchFilter } from '../search-engine.port';

/** A field's values, one per slot: numbers (NaN when missing), booleans (-1 when missing), strings as dictionary codes (-1). */
type Column =
  | { type: 'number'; values: Float64Array }
  | { type: 'boolean'; values: Int8Array }
  | { type: 'string'; values: Int32Array; postings: Postings }
  | { type: 'string[]'; values: (Int32Array | undefined)[] };

type Leaf = Exclude<SearchFilter, { op: 'and' | 'or' }>;

const INITIAL_SLOTS = 1_024;
/** Grid cells of a tenth of a degree (11 km north-south; 7 km east-west in the Netherlands). */
const CELLS_PER_DEGREE = 10;
const CELL_COLUMNS = 360 * CELLS_PER_DEGREE;
/** Below this share of the documents, the slots a filter's postings name are tested instead of every slot. */
const CANDIDATE_SHARE = 0.5;

/**
 * The slots of each key (a string's code, a grid cell), each slot under at most one key: appended, and removed by
 * moving the last slot of its key into its place.
 */
class Postings {
  private readonly lists = new Map<number, { slots: Int32Array; size: number }>();
  private keyOf = new Int32Array(0).fill(-1);
  private position = new Int32Array(0);

  grow(capacity: number): void {
    const keyOf = new Int32Array(capacity).fill(-1);
    keyOf.set(this.keyOf);
    const position = new Int32Array(capacity);
    position.set(this.position);
    this.keyOf = keyOf;
    this.position = position;
  }

  /** Files the slot under `key` (-1: under none). */
  put(slot: number, key: number): void {
    const current = this.keyOf[slot];
    if (current === key) return;
    if (current !== -1) this.remove(slot, current);
    this.keyOf[slot] = key;
    if (key === -1) return;
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = { slots: new Int32Array(8), size: 0 }));
    if (list.size === list.slots.length) {
      const wider = new Int32Array(list.slots.length * 2);
      wider.set(list.slots);
      list.slots = wider;
    }
    this.position[slot] = list.size;
    list.slots[list.size++] = slot;
  }

  count(key: number): number {
    return this.lists.get(key)?.size ?? 0;
  }

  /** Marks the slots filed under `key`. */
  mark(key: number, marks: Uint8Array): void {
    const list = this.lists.get(key);
    if (!list) return;
    for (let i = 0; i < list.size; i++) marks[list.slots[i]] = 1;
  }

  clear(): void {
    this.lists.clear();
    this.keyOf.fill(-1);
  }

  private remove(slot: number, key: number): void {
    const list = this.lists.get(key) as { slots: Int32Array; size: number };
    const at = this.position[slot];
    const last = list.slots[--list.size];
    list.slots[at] = last;
    this.position[last] = at;
    if (list.size === 0) this.lists.delete(key);
  }
}

/** How a filter can name its candidates from postings, and how many it names (an upper bound, for choosing). */
interface Generator {
  count: number;
  mark(marks: Uint8Array): void;
}

/**
 * The filterable fields of an index's documents in memory, a typed array per field, with the slots of every string
 * value and of every grid cell of the points: a filter is answered by testing only the slots that its selective part
 * names (a region's slots, the cells a radius covers), each condition a tight loop over one typed array, with
 * Meilisearch's semantics (those of `matchesFilter`). It answers `searchAll` for the embedded engine, which owns its
 * database: Postgres running as WASM visits every row its indexes let through at some 0.4 µs a row, and a plain
 * scan of the documents costs as much again. 250,000 vacancies with their 8 filterable fields take 86 MiB, ids included.
 *
 * Slots of deleted documents are reused; the ids come in the slots' order, stable while the index does not change.
 */
export class ColumnFilterIndex {
  private readonly slotOf = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly columns = new Map<string, Column>();
  /** The codes of the strings of every string and string[] column (one dictionary: a value is the same string in each). */
  private readonly codes = new Map<string, number>();
  private lat = new Float64Array(0);
  private lng = new Float64Array(0);
  private readonly cells = new Postings();
  private capacity = 0;

  constructor(private readonly schema: ResolvedSchema) {
    for (const field of schema.filterable) {
      const type = schema.fields[field];
      if (type === 'number') this.columns.set(field, { type, values: new Float64Array(0) });
      else if (type === 'boolean') this.columns.set(field, { type, values: new Int8Array(0) });
      else if (type === 'string')
        this.columns.set(field, { type, values: new Int32Array(0), postings: new Postings() });
      else this.columns.set(field, { type, values: [] });
    }
    this.grow(INITIAL_SLOTS);
  }

  get size(): number {
    return this.slotOf.size;
  }

  /** Inserts or replaces documents by id. */
  set(documents: readonly ({ id: string } & Record<string, unknown>)[]): void {
    for (const document of documents) {
      let slot = this.slotOf.get(document.id);
      if (slot === undefined) {
        slot = this.freeSlots.pop() ?? this.ids.length;
        if (slot >= this.capacity) this.grow(this.capacity * 2);
        this.slotOf.set(document.id, slot);
        this.ids[slot] = document.id;
      }
      for (const [field, column] of this.columns) this.store(column, slot, document[field]);
      const geo = document['_geo'] as { lat?: unknown; lng?: unknown } | null | undefined;
      const located =
        this.schema.geo && typeof geo?.lat === 'number' && typeof geo.lng === 'number';
      this.lat[slot] = located ? (geo.lat as number) : Number.NaN;
      this.lng[slot] = located ? (geo.lng as number) : Number.NaN;
      this.cells.put(slot, located ? cellOf(geo.lat as number, geo.lng as number) : -1);
    }
  }

  /** Removes documents by id; unknown ids are ignored. */
  delete(ids: readonly string[]): void {
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      this.slotOf.delete(id);
      this.ids[slot] = undefined;
      for (const column of this.columns.values()) {
        if (column.type === 'string[]') column.values[slot] = undefined;
        else if (column.type === 'string') column.postings.put(slot, -1);
      }
      this.cells.put(slot, -1);
      this.freeSlots.push(slot);
    }
  }

  clear(): void {
    this.slotOf.clear();
    this.ids = [];
    this.freeSlots.length = 0;
    for (const column of this.columns.values()) {
      if (column.type === 'string[]') column.values = [];
      else if (column.type === 'string') column.postings.clear();
    }
    this.cells.clear();
  }

  /** The ids of the documents that match a (validated, simplified) filter. */
  select(filter: SearchFilter): string[] {
    const ids = this.ids;
    const generator = this.generator(filter);
    let candidates: Int32Array;
    if (generator && generator.count < CANDIDATE_SHARE * this.slotOf.size) {
      const marks = new Uint8Array(ids.length);
      generator.mark(marks);
      candidates = slotsMarked(marks, generator.count);
    } else {
      candidates = new Int32Array(this.slotOf.size);
      let n = 0;
      for (let slot = 0; slot < ids.length; slot++)
        if (ids[slot] !== undefined) candidates[n++] = slot;
    }
    return Array.from(this.narrow(filter, candidates), (slot) => ids[slot] as string);
  }

  /**
   * The slots a filter can be narrowed from without testing every slot: a string's postings, a radius's grid cells;
   * the smallest part of an `and`, every part of an `or`. `undefined` when some slot outside postings could match.
   */
  private generator(filter: SearchFilter): Generator | undefined {
    switch (filter.op) {
      case 'eq':
      case 'in': {
        const column = this.columns.get(filter.field);
        if (column?.type !== 'string') return undefined;
        const codes = this.codesOf(column, filter.op === 'in' ? filter.values : [filter.value]);
        return {
          count: codes.reduce((sum, code) => sum + column.postings.count(code), 0),
          mark: (marks) => codes.forEach((code) => column.postings.mark(code, marks)),
        };
      }
      case 'geoRadius': {
        const box = boundingBox({ lat: filter.lat, lng: filter.lng }, filter.radiusMeters);
        if (!box) return undefined;
        const keys: number[] = [];
        for (let row = cellRow(box.minLat); row <= cellRow(box.maxLat); row++) {
          for (let column = cellColumn(box.minLng); column <= cellColumn(box.maxLng); column++)
            keys.push(row * CELL_COLUMNS + column);
        }
        return {
          count: keys.reduce((sum, key) => sum + this.cells.count(key), 0),
          mark: (marks) => keys.forEach((key) => this.cells.mark(key, marks)),
        };
      }
      case 'and': {
        let best: Generator | undefined;
        for (const part of filter.filters) {
          const generator = this.generator(part);
          if (generator && (!best || generator.count < best.count)) best = generator;
        }
        return best;
      }
      case 'or': {
        const generators: Generator[] = [];
        for (const part of filter.filters) {
          const generator = this.generator(part);
          if (!generator) return undefined;
          generators.push(generator);
        }
        return {
          count: generators.reduce((sum, g) => sum + g.count, 0),
          mark: (marks) => generators.forEach((g) => g.mark(marks)),
        };
      }
      default:
        return undefined;
    }
  }

  /** The slots of `candidates` (ascending) that match, ascending: an `and` narrows part by part, an `or` merges. */
  private narrow(filter: SearchFilter, candidates: Int32Array): Int32Array {
    switch (filter.op) {
      case 'and': {
        let left = candidates;
        for (const part of filter.filters) {
          if (left.length === 0) break;
          left = this.narrow(part, left);
        }
        return left;
      }
      case 'or': {
        // Each part tests only the candidates that no earlier part matched.
        const matched = new Uint8Array(this.capacity);
        let left = candidates;
        for (const part of filter.filters) {
          if (left.length === 0) break;
          const hits = this.narrow(part, left);
          for (let i = 0; i < hits.length; i++) matched[hits[i]] = 1;
          if (hits.length > 0) left = pick(left, matched, 0);
        }
        return pick(candidates, matched, 1);
      }
      default:
        return this.narrowBy(filter, candidates);
    }
  }

  /**
   * The candidates that pass a condition on one field (or the point). A loop of its own for each kind of condition,
   * without a call per slot: a test passed as a function to a shared loop would be one of many there, never inlined.
   */
  private narrowBy(filter: Leaf, candidates: Int32Array): Int32Array {
    const kept = new Int32Array(candidates.length);
    const count = candidates.length;
    let n = 0;
    switch (filter.op) {
      case 'eq':
      case 'neq':
      case 'in': {
        const column = this.columns.get(filter.field);
        const values =
          column === undefined || column.type === 'string[]' ? undefined : column.values;
        const targets =
          values === undefined
            ? []
            : this.codesOf(
                column as Exclude<Column, { type: 'string[]' }>,
                filter.op === 'in' ? filter.values : [filter.value],
              );
        if (filter.op === 'neq') {
          // A missing value (NaN, -1) or one no document holds equals no target: it passes.
          const target = targets.length === 0 ? Number.NaN : targets[0];
          for (let i = 0; i < count; i++)
            if (values === undefined || values[candidates[i]] !== target) kept[n++] = candidates[i];
        } else if (values !== undefined && targets.length === 1) {
          const target = targets[0];
          for (let i = 0; i < count; i++)
            if (values[candidates[i]] === target) kept[n++] = candidates[i];
        } else if (values !== undefined && targets.length > 1) {
          const set = new Set(targets);
          for (let i = 0; i < count; i++)
            if (set.has(values[candidates[i]])) kept[n++] = candidates[i];
        }
        break;
      }
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte': {
        const column = this.columns.get(filter.field);
        if (column?.type !== 'number') break;
        const values = column.values;
        const bound = filter.value;
        // NaN (missing) fails every comparison, as NULL does.
        if (filter.op === 'gt') {
          for (let i = 0; i < count; i++)
            if (values[candidates[i]] > bound) kept[n++] = candidates[i];
        } else if (filter.op === 'gte') {
          for (let i = 0; i < count; i++)
            if (values[candidates[i]] >= bound) kept[n++] = candidates[i];
        } else if (filter.op === 'lt') {
          for (let i = 0; i < count; i++)
            if (values[candidates[i]] < bound) kept[n++] = candidates[i];
        } else {
          for (let i = 0; i < count; i++)
            if (values[candidates[i]] <= bound) kept[n++] = candidates[i];
        }
        break;
      }
      case 'containsAll':
      case 'containsAny': {
        const column = this.columns.get(filter.field);
        if (column?.type !== 'string[]') break;
        const wanted = [
          ...new Set(filter.values.map((v) => this.codes.get(normalizeFilterString(v)))),
        ];
        const known = wanted.filter((code): code is number => code !== undefined);
        // A value that no document holds: nobody holds all; holding any is decided by the known ones.
        if (known.length === 0 || (filter.op === 'containsAll' && known.length < wanted.length))
          break;
        const all = filter.op === 'containsAll';
        for (let i = 0; i < count; i++) {
          const held = column.values[candidates[i]];
          if (
            held !== undefined &&
            (all
              ? known.every((code) => held.includes(code))
              : known.some((code) => held.includes(code)))
          )
            kept[n++] = candidates[i];
        }
        break;
      }
      case 'geoRadius': {
        const center = { lat: filter.lat, lng: filter.lng };
        const radius = filter.radiusMeters;
        const { lat, lng } = this;
        const box = boundingBox(center, radius) ?? {
          minLat: -90,
          maxLat: 90,
          minLng: -180,
          maxLng: 180,
        };
        const inner = innerBox(center, radius) ?? { minLat: 0, maxLat: -1, minLng: 0, maxLng: -1 };
        // The boxes only spare the trigonometry: a point outside the outer box is out, inside the inner one in.
        for (let i = 0; i < count; i++) {
          const la = lat[candidates[i]];
          const ln = lng[candidates[i]];
          // NaN (no point) fails these comparisons.
          if (!(la >= box.minLat && la <= box.maxLat && ln >= box.minLng && ln <= box.maxLng))
            continue;
          if (
            (la >= inner.minLat &&
              la <= inner.maxLat &&
              ln >= inner.minLng &&
              ln <= inner.maxLng) ||
            haversineMeters(center, { lat: la, lng: ln }) <= radius
          ) {
            kept[n++] = candidates[i];
          }
        }
        break;
      }
    }
    return kept.subarray(0, n);
  }

  /** The values as a scalar column holds them: dictionary codes, 1/0, numbers; a value no document holds is left out. */
  private codesOf(
    column: Exclude<Column, { type: 'string[]' }>,
    values: readonly unknown[],
  ): number[] {
    switch (column.type) {
      case 'string':
        return [
          ...new Set(
            values.flatMap((v) => {
              const code =
                typeof v === 'string' ? this.codes.get(normalizeFilterString(v)) : undefined;
              return code === undefined ? [] : [code];
            }),
          ),
        ];
      case 'boolean':
        return values.flatMap((v) => (typeof v === 'boolean' ? [v ? 1 : 0] : []));
      case 'number':
        return values.flatMap((v) => (typeof v === 'number' ? [v] : []));
    }
  }

  /** A document's value as the column keeps it (`filterValueOf`: a value that does not fit the field's type is missing). */
  private store(column: Column, slot: number, value: unknown): void {
    const held = filterValueOf(column.type, value);
    switch (column.type) {
      case 'number':
        column.values[slot] = held === undefined ? Number.NaN : (held as number);
        return;
      case 'boolean':
        column.values[slot] = held === undefined ? -1 : held ? 1 : 0;
        return;
      case 'string': {
        const code = held === undefined ? -1 : this.codeOf(held as string);
        column.values[slot] = code;
        column.postings.put(slot, code);
        return;
      }
      case 'string[]':
        column.values[slot] =
          held === undefined ? undefined : Int32Array.from(held as string[], (v) => this.codeOf(v));
    }
  }

  private codeOf(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(value, code);
    }
    return code;
  }

  private grow(capacity: number): void {
    const widen = <A extends Float64Array | Int32Array | Int8Array>(
      from: A,
      to: A,
      fill: number,
    ): A => {
      to.fill(fill);
      to.set(from);
      return to;
    };
    for (const column of this.columns.values()) {
      if (column.type === 'number')
        column.values = widen(column.values, new Float64Array(capacity), Number.NaN);
      else if (column.type === 'boolean')
        column.values = widen(column.values, new Int8Array(capacity), -1);
      else if (column.type === 'string') {
        column.values = widen(column.values, new Int32Array(capacity), -1);
        column.postings.grow(capacity);
      }
    }
    this.lat = widen(this.lat, new Float64Array(capacity), Number.NaN);
    this.lng = widen(this.lng, new Float64Array(capacity), Number.NaN);
    this.cells.grow(capacity);
    this.capacity = capacity;
  }
}

function cellRow(lat: number): number {
  return Math.floor((lat + 90) * CELLS_PER_DEGREE);
}

function cellColumn(lng: number): number {
  return Math.min(CELL_COLUMNS - 1, Math.floor((lng + 180) * CELLS_PER_DEGREE));
}

function cellOf(lat: number, lng: number): number {
  return cellRow(lat) * CELL_COLUMNS + cellColumn(lng);
}

/** The marked slots, ascending (`expected`: at most how many, for the first allocation). */
function slotsMarked(marks: Uint8Array, expected: number): Int32Array {
  let slots = new Int32Array(Math.max(expected, 16));
  let n = 0;
  for (let slot = 0; slot < marks.length; slot++) {
    if (marks[slot] === 0) continue;
    if (n === slots.length) {
      const wider = new Int32Array(slots.length * 2);
      wider.set(slots);
      slots = wider;
    }
    slots[n++] = slot;
  }
  return slots.subarray(0, n);
}

/** The slots whose mark is `mark`, in their order. */
function pick(slots: Int32Array, marks: Uint8Array, mark: number): Int32Array {
  const picked = new Int32Array(slots.length);
  let n = 0;
  for (let i = 0; i < slots.length; i++) if (marks[slots[i]] === mark) picked[n++] = slots[i];
  return picked.subarray(0, n);
}
