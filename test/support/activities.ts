/** Builds Teams activities and posts them to the real bot endpoint. */
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';

export interface ActivityOptions {
  text?: string;
  user?: string;
  locale?: string;
  tenantId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  conversationId?: string;
  serviceUrl?: string;
  expectReplies?: boolean;
  extra?: Record<string, unknown>;
}

export function messageActivity(options: ActivityOptions = {}): Record<string, unknown> {
  const user = demoUser(options.user ?? 'avery');
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl ?? 'http://127.0.0.1:9/',
    ...(options.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
    text: options.text ?? 'help',
    textFormat: 'plain',
    locale: options.locale ?? user.locale,
    from: { id: `29:${user.key}`, name: user.displayName, aadObjectId: user.aadObjectId },
    recipient: { id: '28:ppm-bot', name: 'PPM Assistant' },
    conversation: {
      id: options.conversationId ?? `a:${user.key}-${options.conversationType ?? 'personal'}`,
      conversationType: options.conversationType ?? 'personal',
      tenantId,
      ...(options.conversationType === 'groupChat' ? { isGroup: true } : {}),
    },
    channelData: { tenant: { id: tenantId } },
    ...options.extra,
  };
}

export interface BotReply {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
}

export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the raw text
  }
  return { status: response.status, body };
}

/** Sends a message with expectReplies and returns the bot's reply activities. */
export async function ask(baseUrl: string, options: ActivityOptions): Promise<BotReply[]> {
  const { status, body } = await postActivity(baseUrl, messageActivity(options));
  if (status !== 200) throw new Error(`Bot answered ${status}: ${JSON.stringify(body)}`);
  return (body as { activities: BotReply[] }).activities;
}

/** All the text a reply shows: its text and every TextBlock/FactSet/action title in its cards. */
export function visibleText(replies: BotReply[]): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'label', 'placeholder']) {
        if (typeof record[key] === 'string') parts.push(record[key] as string);
      }
      Object.values(record).forEach(walk);
    }
  };
  for (const reply of replies) {
    if (reply.text) parts.push(reply.text);
    walk(reply.attachments?.map((a) => a.content));
  }
  return parts.join('\n');
}

/** The texts of every TextBlock in an adaptive card (or any JSON holding cards), in document order. */
export function cardTextBlocks(content: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'TextBlock' && typeof record.text === 'string') out.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(content);
  return out;
}
