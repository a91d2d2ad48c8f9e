/**
 * The one logger: pino, structured JSON. Secrets and tokens are redacted by path; phone numbers are never logged
 * in full (use maskPhoneNumber from the billing domain before a number reaches a log line).
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'password',
  'secret',
  'clientSecret',
  'connectionString',
  'token',
  '*.password',
  '*.secret',
  '*.clientSecret',
  '*.connectionString',
  '*.token',
  '*.accessToken',
  'config.bot.password',
  'config.aad.clientSecret',
  'config.storage.connectionString',
];

export function createLogger(options: { level: string; destination?: DestinationStream; name?: string }): Logger {
  return pino(
    {
      name: options.name ?? 'ppm-assistant',
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}
