/**
 * Checks an incoming activity before botbuilder sees it: botbuilder answers 500 to `{}` and throws on an activity
 * without a conversation (toolchain-notes "botbuilder 4.23.3"). A malformed activity gets 400 instead.
 */
import { z } from 'zod';

const activitySchema = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
  conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
  from: z.object({ id: z.string().min(1).max(1024) }).passthrough().optional(),
  recipient: z.object({ id: z.string().min(1).max(1024) }).passthrough().optional(),
  text: z.string().optional(),
  locale: z.string().max(64).optional(),
});

export type ActivityCheck = { ok: true } | { ok: false; problems: string[] };

export function checkActivity(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problems: ['body: not an object'] };
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { ok: true };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) };
}
