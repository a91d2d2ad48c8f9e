/**
 * The OpenAPI 3.0 document served at GET /api/v1/openapi.json: every /api/v1 route the service registers — the bot's
 * answers (eligibility, estimate, dial-out check), /config and /me (openapi.answers.ts), credits and the ledger
 * (openapi.credits.ts), usage, imports and jobs (openapi.usage.ts), settings and the audit (openapi.settings.ts), and
 * the rate card and dial-out policies (openapi.csv-uploads.ts). Each operation carries `x-ppm-access`, the access its
 * route declares (route-access.ts: public, user, reader or admin); every write documents its Idempotency-Key. A test
 * walks the running server's route registry against this document, so a route added without its description fails.
 * Money is always MoneyJson.
 */
import { API_ERROR_CODES } from './api-error';
import { answerPaths, answerSchemas } from './openapi.answers';
import { creditsPaths, creditsSchemas } from './openapi.credits';
import { csvUploadPaths, csvUploadSchemas } from './openapi.csv-uploads';
import { PROBLEM, headers, parameters, ref } from './openapi.kit';
import { settingsPaths, settingsSchemas } from './openapi.settings';
import { usagePaths, usageSchemas } from './openapi.usage';

const commonSchemas = {
  MoneyJson: {
    type: 'object',
    required: ['amount', 'currency'],
    properties: {
      amount: { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$', description: 'Exact decimal, up to 6 places (per-minute rates are sub-cent).' },
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    },
  },
  ApiError: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            enum: API_ERROR_CODES,
          },
          message: { type: 'string', description: 'Localized from Accept-Language.' },
          details: {
            type: 'object',
            description:
              'Answer routes: issues and missing (400) or reason (404). Other routes: problems, one {path, code} each (400, 409), or errors, the CSV’s line errors (400 on an apply).',
            properties: {
              issues: { type: 'array', items: ref('InputIssue') },
              missing: { type: 'array', items: { type: 'string', enum: ['duration', 'lines', 'country', 'tollKind', 'destination'] } },
              reason: { type: 'string', enum: ['noUserId', 'notInDirectory', 'tenantNotSetUp'] },
              problems: { type: 'array', items: ref('Problem') },
              errors: { type: 'array', items: ref('CsvLineError') },
            },
          },
        },
      },
    },
  },
  Problem: PROBLEM,
  CsvLineError: {
    type: 'object',
    required: ['line', 'code'],
    properties: {
      line: { type: 'integer', description: '1-based line (0: the file as a whole).' },
      code: { type: 'string' },
      column: { type: 'string' },
      value: { type: 'string', description: 'The offending value, cut short.' },
    },
  },
};

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'PPM Assistant API',
      version,
      description: [
        'The whole /api/v1 API of PPM Assistant: the bot’s answers over HTTP (Audio Conferencing pay-per-minute eligibility, meeting cost estimates, dial-out checks), the Communications Credits estimate and ledger, usage and its import, jobs, tenant settings, the rate card, dial-out policies and the audit.',
        '`x-ppm-access` on each operation is the role it needs: public (no sign-in), user (any signed-in person of a served tenant; organizers see only their own data), reader (Credits.Reader or admin; read-only) or admin.',
        'Every write needs an Idempotency-Key header: the same key again replays the first answer with `Idempotent-Replayed: true`. Errors are { error: { code, message, details? } }, the message localized. Prices from the demo rate card are labelled demo; the credits balance is always an estimate.',
      ].join('\n\n'),
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { entraSso: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The tab’s Entra SSO token (azure mode).' } },
      schemas: { ...commonSchemas, ...answerSchemas, ...creditsSchemas, ...usageSchemas, ...settingsSchemas, ...csvUploadSchemas },
      parameters,
      headers,
    },
    security: [{ entraSso: [] }],
    paths: { ...answerPaths, ...creditsPaths, ...usagePaths, ...settingsPaths, ...csvUploadPaths },
  };
}
