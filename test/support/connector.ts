/**
 * A tiny local Bot Connector: records what the bot posts back with normal delivery (toolchain-notes), and answers
 * TeamsInfo.getMeetingInfo (GET {serviceUrl}/v1/meetings/{meetingId}) for the meetings it is given.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedPost {
  path: string;
  body: Record<string, unknown>;
}

export interface LocalConnectorOptions {
  /** Meeting id → the meeting info Teams returns (details, conversation, organizer); other ids get a 404. */
  meetings?: Record<string, unknown>;
}

export interface LocalConnector {
  serviceUrl: string;
  posts: RecordedPost[];
  /** Paths of the GET requests (meeting info), in order. */
  gets: string[];
  waitForPosts(count: number, timeoutMs?: number): Promise<RecordedPost[]>;
  close(): Promise<void>;
}

export async function startLocalConnector(options: LocalConnectorOptions = {}): Promise<LocalConnector> {
  const posts: RecordedPost[] = [];
  const gets: string[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') {
      gets.push(req.url ?? '');
      const match = /^\/v1\/meetings\/([^/?]+)/.exec(req.url ?? '');
      const meeting = match ? options.meetings?.[decodeURIComponent(match[1]!)] : undefined;
      res.writeHead(meeting ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(meeting ?? { error: { code: 'NotFound', message: 'no such meeting' } }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      posts.push({ path: req.url ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
      waiters.splice(0).forEach((w) => w());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${posts.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    posts,
    gets,
    async waitForPosts(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (posts.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} posts to the connector, got ${posts.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return posts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
