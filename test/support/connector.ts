/** A tiny local Bot Connector: records what the bot posts back with normal delivery (toolchain-notes). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedPost {
  path: string;
  body: Record<string, unknown>;
}

export interface LocalConnector {
  serviceUrl: string;
  posts: RecordedPost[];
  waitForPosts(count: number, timeoutMs?: number): Promise<RecordedPost[]>;
  close(): Promise<void>;
}

export async function startLocalConnector(): Promise<LocalConnector> {
  const posts: RecordedPost[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
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
