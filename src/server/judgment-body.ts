/** The body of POST /api/judgments, checked before any judgment service sees it. */
import { z } from 'zod';
import { FACT_KINDS, type JudgmentInput } from '../graph/judgments.js';
import { MAX_ID_LENGTH } from './params.js';

const id = z.string().trim().min(1).max(MAX_ID_LENGTH);
const common = {
  entityId: id,
  author: z.string().trim().min(1, 'say who decides: author').max(100),
  note: z.string().max(2_000).optional(),
};

const schema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('merge'), otherEntityId: id, ...common })
    .refine((j) => j.entityId !== j.otherEntityId, 'an actor cannot be merged with itself'),
  z.strictObject({ action: z.literal('split'), alias: z.string().trim().min(1).max(300), ...common }),
  z.strictObject({ action: z.enum(['reject', 'confirm']), factKind: z.enum(FACT_KINDS), factId: id, ...common }),
], { error: 'action must be one of merge, split, reject, confirm' });

export type ParsedJudgment = { ok: true; judgment: JudgmentInput } | { ok: false; error: string };

export function parseJudgment(body: unknown): ParsedJudgment {
  const r = schema.safeParse(body);
  if (r.success) return { ok: true, judgment: r.data as JudgmentInput };
  const issue = r.error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: `The judgment is malformed — ${where}${issue.message}.` };
}
