/**
 * The HTTP host: the bot endpoint, the tab's REST API and the tab's static files, on one restify server.
 * Each group of routes lives in bot/api/routes/; this file only creates the server and mounts them.
 * Handlers are thin: they validate, resolve the caller, call a service and map the answer to HTTP.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from 'pino';
import { sendApiError } from './api/api-error';

export function createRestifyServer(logger: Logger): Server {
  const server = restify.createServer({ name: 'ppm-assistant', handleUncaughtExceptions: false });
  server.on('restifyError', (req: Request, res: Response, error: { statusCode?: number }, callback: () => void) => {
    // Unknown routes, wrong methods and restify's own failures keep the API's error format.
    const status = error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error, event: 'http.restify-error' }, 'restify error');
    if (!res.headersSent) {
      sendApiError(req, res, status === 404 ? 'notFound' : status === 405 ? 'badRequest' : status === 413 ? 'payloadTooLarge' : 'internal');
    }
    callback();
  });
  return server;
}
