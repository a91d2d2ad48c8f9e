/**
 * The OpenAPI 3.0 document served at GET /api/v1/openapi.json: the bot's answers over HTTP (eligibility, estimate,
 * dial-out check) and the routes the tab needs first (/config, /me). The answer schemas describe the same answer
 * model the cards are made from (bot/conversation/answer-model.ts); money is always MoneyJson.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('ApiError')) });

const ERRORS = {
  '401': error('No valid sign-in (an Entra SSO token for this app in azure mode).'),
  '403': error('The tenant is not served, or the caller may not read this person (organizers read only themselves).'),
  '429': error('Too many requests; see Retry-After.'),
};

const LINE_KINDS = ['dialInToll', 'dialInTollFree', 'dialOut'];
const ISSUE_CODES = [
  'missingField', 'notANumber', 'countNotPositive', 'countTooLarge', 'durationNotPositive', 'durationTooLong', 'stayInvalid',
  'stayLongerThanMeeting', 'unknownCountry', 'unknownLineKind', 'markupInText', 'invalidPhoneNumber', 'tooManyLines',
  'unknownAction', 'malformedSubmission',
];

const schemas = {
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
          code: { type: 'string' },
          message: { type: 'string', description: 'Localized from Accept-Language.' },
          details: {
            type: 'object',
            description: 'For 400 on an answer route: the input issues and what is missing. For 404: the reason the person is unknown.',
            properties: {
              issues: { type: 'array', items: ref('InputIssue') },
              missing: { type: 'array', items: { type: 'string', enum: ['duration', 'lines', 'country', 'tollKind', 'destination'] } },
              reason: { type: 'string', enum: ['noUserId', 'notInDirectory', 'tenantNotSetUp'] },
            },
          },
        },
      },
    },
  },
  InputIssue: {
    type: 'object',
    required: ['code', 'field', 'line'],
    properties: {
      code: { type: 'string', enum: ISSUE_CODES },
      field: { type: 'string', enum: ['duration', 'count', 'country', 'kind', 'stay', 'phoneNumber', 'lines', 'action'] },
      line: { type: 'integer', nullable: true, description: '0-based line of the estimate; null for the meeting or the request.' },
      input: { type: 'string', description: 'What was sent, cut to 60 characters.' },
    },
  },
  EstimateRequest: {
    type: 'object',
    required: ['durationMinutes', 'lines'],
    properties: {
      userId: { type: 'string', format: 'uuid', description: 'Whose estimate (their usage location reads national numbers); default the caller.' },
      durationMinutes: { type: 'number', exclusiveMinimum: true, minimum: 0, maximum: 10080 },
      lines: {
        type: 'array',
        maxItems: 6,
        items: {
          type: 'object',
          required: ['kind', 'count'],
          properties: {
            kind: { type: 'string', enum: LINE_KINDS },
            count: { type: 'integer', minimum: 1, maximum: 100000 },
            country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166 alpha-2; not needed with phoneNumber.' },
            phoneNumber: { type: 'string', description: 'A dial-out to this number; its country and type set the rate.' },
            stayMinutes: { type: 'number', description: 'Minutes each caller stays; default the whole meeting.' },
          },
        },
      },
    },
  },
  DialOutCheckRequest: {
    type: 'object',
    properties: {
      userId: { type: 'string', format: 'uuid', description: 'Whose meeting dials out (their policy and licences apply); default the caller.' },
      phoneNumber: { type: 'string', description: 'E.164 or national format of the organizer’s usage location.' },
      country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'A whole country instead of a number.' },
    },
  },
  Organizer: {
    type: 'object',
    properties: { userId: { type: 'string' }, displayName: { type: 'string' }, usageLocation: { type: 'string', nullable: true } },
  },
  PolicyFacts: {
    type: 'object',
    description: 'The effective OnlineDialOutPolicy: per-user, else the tenant’s global one, with where it came from and when.',
    properties: {
      name: { type: 'string', nullable: true },
      meetingDialOut: { type: 'string', nullable: true, enum: ['InternationalAndDomestic', 'DomesticOnly', 'ZoneA', 'Disabled', null] },
      level: { type: 'string', enum: ['user', 'tenant-global'] },
      source: { type: 'string', enum: ['default', 'seed', 'admin', 'import'] },
      at: { type: 'string', format: 'date-time', nullable: true },
    },
  },
  Remedy: {
    type: 'object',
    properties: { code: { type: 'string' }, fixedBy: { type: 'string', nullable: true, description: 'teams-admin, billing-admin, licence-admin, …' } },
  },
  EligibilityAnswer: {
    type: 'object',
    required: ['kind', 'organizer', 'checklist', 'policy'],
    properties: {
      kind: { type: 'string', enum: ['eligibility'] },
      organizer: ref('Organizer'),
      policy: ref('PolicyFacts'),
      checklist: {
        type: 'object',
        properties: {
          overall: { type: 'string', enum: ['pass', 'fail', 'unknown'] },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string', enum: ['tenant-has-ppm', 'organizer-has-audio-conferencing', 'communications-credits', 'country', 'dial-out-policy'] },
                status: { type: 'string', enum: ['pass', 'fail', 'unknown'] },
                reason: { type: 'string' },
                remedy: ref('Remedy'),
                hints: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
  EstimateAnswer: {
    type: 'object',
    required: ['kind', 'organizer', 'draft', 'estimate'],
    properties: {
      kind: { type: 'string', enum: ['estimate'] },
      organizer: ref('Organizer'),
      draft: { type: 'object', description: 'The request as understood.' },
      on: { type: 'string', format: 'date', description: 'Today in the tenant’s time zone: the rate card rows in effect apply.' },
      rateCard: { type: 'object', nullable: true, properties: { source: { type: 'string', enum: ['admin', 'demo'] }, countries: { type: 'array', items: { type: 'string' } } } },
      balanceCheck: {
        type: 'string',
        nullable: true,
        enum: ['covered', 'short', 'exhausted', 'unknown', 'postpaid'],
        description: 'Whether the Communications Credits balance estimate covers the total (never the amount); null without a total.',
      },
      estimate: {
        type: 'object',
        properties: {
          currency: { type: 'string' },
          durationMinutes: { type: 'number' },
          total: ref('MoneyJson'),
          complete: { type: 'boolean', description: 'False when some lines have no rate: the total is then a lower bound.' },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                callKind: { type: 'string', enum: ['dial-in-toll', 'dial-in-toll-free', 'dial-out'] },
                country: { type: 'string', nullable: true },
                numberType: { type: 'string', nullable: true },
                calls: { type: 'integer' },
                billedSecondsPerCall: { type: 'integer' },
                rate: { type: 'object', properties: { perMinute: ref('MoneyJson'), connectionFee: ref('MoneyJson') } },
                rateSource: { type: 'object', description: "{kind:'rate-card', card:'admin'|'demo', effectiveFrom} or {kind:'learned', sampleCalls, from, to}" },
                chargePerCall: ref('MoneyJson'),
                subtotal: ref('MoneyJson'),
              },
            },
          },
          unpriced: { type: 'array', items: { type: 'object', description: 'A line without a rate, with the remedy; never priced as 0.' } },
        },
      },
    },
  },
  DialOutAnswer: {
    type: 'object',
    required: ['kind', 'organizer', 'checks', 'policy'],
    properties: {
      kind: { type: 'string', enum: ['dialOut'] },
      organizer: ref('Organizer'),
      policy: ref('PolicyFacts'),
      checks: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            asked: { type: 'object', description: '{phoneNumber} or {country}' },
            verdict: {
              type: 'object',
              properties: {
                verdict: { type: 'string', enum: ['blocked', 'warning', 'ok'] },
                reasons: { type: 'array', items: { type: 'object', properties: { severity: { type: 'string', enum: ['block', 'warning', 'info'] }, code: { type: 'string' }, remedy: ref('Remedy'), details: { type: 'object' } } } },
                destination: { type: 'object' },
                coverage: { type: 'string', enum: ['us-ca-add-on', 'zone-a-pool', 'communications-credits'] },
                rate: { type: 'object' },
                costFor: { type: 'array', nullable: true, items: { type: 'object', properties: { minutes: { type: 'integer' }, cost: ref('MoneyJson') } } },
                balanceCovers: { type: 'object', description: "{kind:'minutes', minutes} | {kind:'unknown', why} | {kind:'not-applicable', why} | {kind:'unlimited'}" },
              },
            },
          },
        },
      },
    },
  },
};

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'PPM Assistant API',
      version,
      description:
        'The answers of the PPM Assistant bot over HTTP: Audio Conferencing pay-per-minute eligibility, meeting cost estimates and dial-out checks. Prices from the demo rate card are labelled demo.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { entraSso: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The tab’s Entra SSO token (azure mode).' } },
      schemas,
    },
    security: [{ entraSso: [] }],
    paths: {
      '/api/v1/config': {
        get: { summary: 'What the tab needs before sign-in', security: [], responses: { '200': { description: 'Mode, version, app client id.', content: json({ type: 'object' }) } } },
      },
      '/api/v1/me': {
        get: { summary: 'Who the caller is, in which tenant, with which role', responses: { '200': { description: 'The caller.', content: json({ type: 'object' }) }, ...ERRORS } },
      },
      '/api/v1/eligibility': {
        get: {
          summary: 'The pay-per-minute eligibility checklist of a person',
          parameters: [{ name: 'userId', in: 'query', required: false, schema: { type: 'string', format: 'uuid' }, description: 'Default: the caller.' }],
          responses: {
            '200': { description: 'The checklist.', content: json(ref('EligibilityAnswer')) },
            '400': error('userId is not a GUID.'),
            '404': error('The person is not in the tenant’s directory.'),
            ...ERRORS,
          },
        },
      },
      '/api/v1/estimate': {
        post: {
          summary: 'What a meeting’s phone participants will cost',
          requestBody: { required: true, content: json(ref('EstimateRequest')) },
          responses: {
            '200': { description: 'The estimate, each line with its rate source.', content: json(ref('EstimateAnswer')) },
            '400': error('Issues with the request, one code each, and what is missing.'),
            '404': error('The person is not in the tenant’s directory.'),
            '413': error('The body is too large.'),
            ...ERRORS,
          },
        },
      },
      '/api/v1/dial-out-check': {
        post: {
          summary: 'Will a dial-out from this person’s meeting go through, and what will it cost',
          requestBody: { required: true, content: json(ref('DialOutCheckRequest')) },
          responses: {
            '200': { description: 'The verdict with its reasons, the rate, the cost of 10, 30 and 60 minutes and what the balance covers.', content: json(ref('DialOutAnswer')) },
            '400': error('No number or country, or one that cannot be used.'),
            '404': error('The person is not in the tenant’s directory.'),
            ...ERRORS,
          },
        },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.0.', content: json({ type: 'object' }) } } },
      },
    },
  };
}
