/**
 * Graph failures as typed values the hosts can show (issue 6: "a 403 says which permission or admin consent is
 * missing"). Messages here are for logs; people see localized text keyed by `code` (usage.syncErrors.<code>).
 */
export type GraphResource = 'pstnCalls' | 'users' | 'subscribedSkus';

/** The application permission each resource needs, with admin consent (domain-facts §6.1, §6.6). */
export const REQUIRED_PERMISSION: Readonly<Record<GraphResource, string>> = {
  pstnCalls: 'CallRecords.Read.All',
  users: 'User.Read.All',
  subscribedSkus: 'LicenseAssignment.Read.All',
};

export abstract class GraphFailure extends Error {
  abstract readonly code: 'graph-permission-missing' | 'graph-auth-failed' | 'graph-unavailable' | 'graph-bad-response' | 'graph-request-failed';
  /** Worth retrying later (throttling, outages, broken connections). */
  abstract readonly transient: boolean;
}

/** 403: the app lacks an application permission or its admin consent. */
export class GraphPermissionError extends GraphFailure {
  readonly code = 'graph-permission-missing';
  readonly transient = false;
  readonly permission: string;
  constructor(
    readonly resource: GraphResource,
    readonly graphCode: string | null,
  ) {
    super(`Graph refused ${resource} (${graphCode ?? '403'}): grant the application permission ${REQUIRED_PERMISSION[resource]} with admin consent`);
    this.name = 'GraphPermissionError';
    this.permission = REQUIRED_PERMISSION[resource];
  }
}

/** 401 or no token: the credential is wrong, expired, or the app is not registered in the tenant. */
export class GraphAuthError extends GraphFailure {
  readonly code = 'graph-auth-failed';
  readonly transient = false;
  constructor(message: string) {
    super(message);
    this.name = 'GraphAuthError';
  }
}

/** Throttled or down after every retry, a dropped connection, or a timeout. */
export class GraphUnavailableError extends GraphFailure {
  readonly code = 'graph-unavailable';
  readonly transient = true;
  constructor(
    message: string,
    readonly httpStatus: number | null,
  ) {
    super(message);
    this.name = 'GraphUnavailableError';
  }
}

/** A 2xx whose body is not the JSON we expect (for example cut off mid-way). */
export class GraphBadResponseError extends GraphFailure {
  readonly code = 'graph-bad-response';
  readonly transient = true;
  constructor(message: string) {
    super(message);
    this.name = 'GraphBadResponseError';
  }
}

/** Any other 4xx/5xx, with Graph's OData error code. */
export class GraphRequestError extends GraphFailure {
  readonly code = 'graph-request-failed';
  readonly transient: boolean;
  constructor(
    readonly httpStatus: number,
    readonly graphCode: string | null,
  ) {
    super(`Graph answered ${httpStatus} ${graphCode ?? ''}`.trim());
    this.name = 'GraphRequestError';
    this.transient = httpStatus >= 500;
  }
}
