/**
 * Serves the tab's static build at /tab/. Hashed assets are cached for a year; index.html is never cached.
 * Security headers: a CSP whose frame-ancestors allows only Teams and Microsoft 365 hosts, and nosniff.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'restify';

/** Microsoft's list of hosts that embed Teams tabs (Teams, Outlook, Microsoft 365 app). */
export const TAB_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.live.com',
  'https://*.teams.live.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.office365.com',
  'https://*.outlook.com',
  'https://*.sharepoint.com',
  'https://teams.cloud.microsoft',
];

export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self' https://res.cdn.office.net",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data: https://res-1.cdn.office.net https://static2.sharepointonline.com",
  "connect-src 'self' https://res.cdn.office.net",
  `frame-ancestors ${TAB_FRAME_ANCESTORS.join(' ')}`,
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function setTabSecurityHeaders(res: Response): void {
  res.header('Content-Security-Policy', TAB_CSP);
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'strict-origin-when-cross-origin');
}

export function serveTab(tabDir: string) {
  const root = path.resolve(tabDir);
  // Resolves when the response is written: restify 11 treats a settled async handler as done.
  return (req: Request, res: Response): Promise<void> =>
    new Promise<void>((resolve) => {
      res.once('finish', () => resolve());
      res.once('close', () => resolve());
      sendTabFile(root, req, res);
    });
}

function sendTabFile(root: string, req: Request, res: Response): void {
  {
    setTabSecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://local');
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.replace(/^\/tab\/?/, ''));
    } catch {
      relative = '';
    }
    let file = path.resolve(root, relative || 'index.html');
    if (!file.startsWith(root + path.sep) && file !== root) file = path.join(root, 'index.html');
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    const isAsset = stat?.isFile() ?? false;
    if (!isAsset) {
      // Client-side routes fall back to the app shell; missing assets with an extension are a 404.
      if (path.extname(relative)) {
        res.status(404);
        res.header('Content-Type', 'text/plain; charset=utf-8');
        res.end('Not found');
        return;
      }
      file = path.join(root, 'index.html');
      stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) {
        res.status(503);
        res.header('Content-Type', 'text/plain; charset=utf-8');
        res.end('The tab is not built yet. Run "npm run build".');
        return;
      }
    }
    const ext = path.extname(file);
    res.status(200);
    res.header('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.header('Content-Length', String(stat!.size));
    res.header('Cache-Control', /-[A-Z0-9]{8}\.(js|css)$/i.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    fs.createReadStream(file).pipe(res);
  }
}
