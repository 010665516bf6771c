import { z } from 'zod';

/** Field formats shared by every event payload. */
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(64);
export const crebo = z.string().regex(/^\d{5}$/, 'a crebo code has 5 digits');
export const municipalityCode = z
  .string()
  .regex(/^GM\d{4}$/, 'a CBS municipality code looks like GM0363');
export const regionCode = z
  .string()
  .regex(/^AM\d{2}$/, 'a labour market region code looks like AM01');
export const brin = z.string().regex(/^\d{2}[A-Z]{2}$/, 'a BRIN code is 2 digits and 2 letters');
export const piCode = z.string().min(2).max(40);
export const targetType = z.enum(['vacancy', 'school-place']);
export type TargetType = z.infer<typeof targetType>;
