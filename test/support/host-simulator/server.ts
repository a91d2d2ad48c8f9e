import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { HostPageOptions } from './protocol';

/**
 * Serves the host simulator on the SAME origin as the tab, which teams-js requires (it ignores other origins and
 * hangs for 60 s): one tiny HTTP server answers /__host-simulator/* itself and reverse-proxies everything else
 * (/tab/*, /api/*) to the real service. The production build stays free of test pages.
 */
export interface HostSimulatorServer {
  /** Origin of the proxy, e.g. http://127.0.0.1:41234; the tab is at `${origin}/tab/`. */
  origin: string;
  /** URL of the simulator page that iframes the tab with these host settings. */
  hostPageUrl(options?: HostPageOptions): string;
  stop(): Promise<void>;
}

export const HOST_SIMULATOR_PREFIX = '/__host-simulator/';

async function simulatorScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'simulator.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome109',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no simulator script');
  return file.text;
}

function proxy(target: URL, req: http.IncomingMessage, res: http.ServerResponse): void {
  const upstream = http.request(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
    },
    (upstreamRes) => {
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
      upstreamRes.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`host simulator proxy: ${error.message}`);
  });
  req.pipe(upstream);
}

export async function startHostSimulator(serviceBaseUrl: string): Promise<HostSimulatorServer> {
  const target = new URL(serviceBaseUrl);
  const [html, script] = await Promise.all([readFile(path.join(__dirname, 'host.html'), 'utf8'), simulatorScript()]);
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === `${HOST_SIMULATOR_PREFIX}` || pathname === `${HOST_SIMULATOR_PREFIX}index.html`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    } else if (pathname === `${HOST_SIMULATOR_PREFIX}simulator.js`) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(script);
    } else {
      proxy(target, req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    hostPageUrl(options: HostPageOptions = {}) {
      const query = new URLSearchParams();
      if (options.tabPath) query.set('tab', options.tabPath);
      if (options.theme) query.set('theme', options.theme);
      if (options.locale) query.set('locale', options.locale);
      if (options.userObjectId) query.set('user', options.userObjectId);
      if (options.tenantId) query.set('tid', options.tenantId);
      if (options.displayName) query.set('name', options.displayName);
      if (options.authFailure) query.set('authFailure', options.authFailure);
      return `${origin}${HOST_SIMULATOR_PREFIX}?${query.toString()}`;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
