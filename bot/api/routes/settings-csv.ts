/** The bodies of the CSV preview and apply routes (rate card, policy export), and their problems. */
import { z } from 'zod';
import { schemaProblems } from '../api-error';

/** A rate workbook or a tenant's user export as CSV is well under this. */
export const MAX_CSV_BODY_BYTES = 8 * 1024 * 1024;

const uploadSchema = z.object({ csv: z.string().min(1), fileName: z.string().max(260).optional() }).strict();
const applySchema = z.object({ csv: z.string().min(1), fileName: z.string().max(260).optional(), fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

export type Problems = Array<{ path: string; code: string }>;


/** A preview takes JSON {csv} or the CSV itself as a text/csv body. */
export function previewCsvOf(body: unknown): { ok: true; csv: string } | { ok: false; problems: Problems } {
  if (typeof body === 'string') return body.trim() ? { ok: true, csv: body } : { ok: false, problems: [{ path: 'body', code: 'empty' }] };
  const parsed = uploadSchema.safeParse(body);
  return parsed.success ? { ok: true, csv: parsed.data.csv } : { ok: false, problems: schemaProblems(parsed.error.issues) };
}

/** Applying takes JSON {csv, fingerprint}: the CSV again and the preview's fingerprint. */
export function applyCsvOf(body: unknown): { ok: true; csv: string; fingerprint: string } | { ok: false; problems: Problems } {
  const parsed = applySchema.safeParse(body);
  return parsed.success ? { ok: true, csv: parsed.data.csv, fingerprint: parsed.data.fingerprint } : { ok: false, problems: schemaProblems(parsed.error.issues) };
}
