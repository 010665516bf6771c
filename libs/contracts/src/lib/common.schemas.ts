import { z } from 'zod';

/** Field formats shared by every event payload. */
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(64);
export const crebo = z.string().regex(/^\d{5}$/, 'a crebo code has 5 digits');
/** A CBS municipality code (`GM0363`); `@bridge/platform` validates request bodies with it too. */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;

/** A UUID, the form of every id the services hand out. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const municipalityCode = z
  .string()
  .regex(MUNICIPALITY_CODE_PATTERN, 'a CBS municipality code looks like GM0363');
export const regionCode = z
  .string()
  .regex(/^AM\d{2}$/, 'a labour market region code looks like AM01');
export const brin = z.string().regex(/^\d{2}[A-Z]{2}$/, 'a BRIN code is 2 digits and 2 letters');
export const piCode = z.string().min(2).max(40);
export const targetType = z.enum(['vacancy', 'school-place']);
export type TargetType = z.infer<typeof targetType>;
