/**
 * The OpenAPI description of the bot's answers over HTTP (answers.routes.ts: eligibility, estimate, dial-out check),
 * of /config and /me (me.routes.ts), and of the document itself. The answer schemas describe the same answer model the
 * cards are made from (bot/conversation/answer-model.ts); money is always MoneyJson.
 */
import { TENANT_NOT_SET_UP, body, error, ok, operation, queryParameter, ref } from './openapi.kit';

const LINE_KINDS = ['dialInToll', 'dialInTollFree', 'dialOut'];
const ISSUE_CODES = [
  'missingField', 'notANumber', 'countNotPositive', 'countTooLarge', 'durationNotPositive', 'durationTooLong', 'stayInvalid',
  'stayLongerThanMeeting', 'unknownCountry', 'unknownLineKind', 'markupInText', 'invalidPhoneNumber', 'tooManyLines',
  'unknownAction', 'malformedSubmission',
];

export const answerSchemas = {
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
  PublicConfig: {
    type: 'object',
    required: ['mode', 'version'],
    properties: {
      mode: { type: 'string', enum: ['local', 'azure'] },
      version: { type: 'string' },
      appClientId: { type: 'string', description: 'The Entra app (client) id for teams-js SSO, in azure mode.' },
    },
  },
  Me: {
    type: 'object',
    required: ['tenantId', 'tenantName', 'userId', 'displayName', 'role', 'mode', 'currency', 'timeZone'],
    properties: {
      tenantId: { type: 'string' },
      tenantName: { type: 'string' },
      userId: { type: 'string' },
      displayName: { type: 'string' },
      userPrincipalName: { type: 'string' },
      role: { type: 'string', enum: ['admin', 'reader', 'organizer'], description: 'The strongest role: admin > reader > organizer.' },
      locale: { type: 'string' },
      mode: { type: 'string', enum: ['local', 'azure'] },
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
      timeZone: { type: 'string', description: 'IANA time zone of the tenant.' },
    },
  },
};

const NOT_IN_DIRECTORY = error('The person is not in the tenant’s directory (details.reason).');
const NOT_ABOUT_OTHERS = error('The tenant is not served, or the caller may not read this person (organizers read only themselves).');

export const answerPaths = {
  '/api/v1/config': {
    get: operation({
      summary: 'What the tab needs before sign-in',
      access: 'public',
      responses: { '200': ok('Mode, version, app client id.', ref('PublicConfig')) },
    }),
  },
  '/api/v1/me': {
    get: operation({
      summary: 'Who the caller is, in which tenant, with which role',
      access: 'user',
      responses: { '200': ok('The caller.', ref('Me')), '404': TENANT_NOT_SET_UP },
    }),
  },
  '/api/v1/eligibility': {
    get: operation({
      summary: 'The pay-per-minute eligibility checklist of a person',
      access: 'user',
      parameters: [queryParameter('userId', { type: 'string', format: 'uuid' }, 'Default: the caller.')],
      responses: {
        '200': ok('The checklist.', ref('EligibilityAnswer')),
        '400': error('userId is not a GUID.'),
        '403': NOT_ABOUT_OTHERS,
        '404': NOT_IN_DIRECTORY,
      },
    }),
  },
  '/api/v1/estimate': {
    post: operation({
      summary: 'What a meeting’s phone participants will cost',
      access: 'user',
      requestBody: body(ref('EstimateRequest')),
      responses: {
        '200': ok('The estimate, each line with its rate source.', ref('EstimateAnswer')),
        '400': error('Issues with the request, one code each (details.issues), and what is missing (details.missing).'),
        '403': NOT_ABOUT_OTHERS,
        '404': NOT_IN_DIRECTORY,
      },
    }),
  },
  '/api/v1/dial-out-check': {
    post: operation({
      summary: 'Will a dial-out from this person’s meeting go through, and what will it cost',
      access: 'user',
      requestBody: body(ref('DialOutCheckRequest')),
      responses: {
        '200': ok('The verdict with its reasons, the rate, the cost of 10, 30 and 60 minutes and what the balance covers.', ref('DialOutAnswer')),
        '400': error('No number or country, or one that cannot be used (details.issues, details.missing).'),
        '403': NOT_ABOUT_OTHERS,
        '404': NOT_IN_DIRECTORY,
      },
    }),
  },
  '/api/v1/openapi.json': {
    get: operation({ summary: 'This document', access: 'public', responses: { '200': ok('OpenAPI 3.0.', { type: 'object' }) } }),
  },
};
