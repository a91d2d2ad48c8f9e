/**
 * Microsoft Graph JSON shapes this app reads, as Graph sends them (property names are Graph's).
 * pstnCallLogRow: domain-facts §6.1 (v1.0 properties plus the beta/newer otherPartyCountryCode and
 * administrativeUnitInfos).
 */
export interface GraphPstnCallLogRow {
  id: string;
  callId: string | null;
  userId: string | null;
  userPrincipalName: string | null;
  userDisplayName: string | null;
  startDateTime: string;
  endDateTime: string | null;
  duration: number | null;
  charge: number | null;
  connectionCharge: number | null;
  currency: string | null;
  callType: string;
  calleeNumber: string | null;
  callerNumber: string | null;
  usageCountryCode: string | null;
  tenantCountryCode: string | null;
  destinationContext: string | null;
  destinationName: string | null;
  conferenceId: string | null;
  licenseCapability: string | null;
  inventoryType: string | null;
  operator: string | null;
  callDurationSource: 'microsoft' | 'operator' | null;
  otherPartyCountryCode?: string | null;
  administrativeUnitInfos?: Array<{ id?: string | null }> | null;
}

/** One page of a Graph collection. */
export interface GraphPage<T> {
  '@odata.context'?: string;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
  value: T[];
}

export interface GraphAssignedPlan {
  assignedDateTime?: string | null;
  capabilityStatus: string;
  service?: string | null;
  servicePlanId: string;
}

export interface GraphUser {
  id: string;
  displayName: string | null;
  userPrincipalName: string | null;
  usageLocation: string | null;
  assignedPlans?: GraphAssignedPlan[] | null;
  preferredLanguage?: string | null;
}

export interface GraphSubscribedSku {
  skuId: string;
  skuPartNumber: string | null;
  capabilityStatus: string | null;
  appliesTo?: string | null;
  consumedUnits?: number | null;
  servicePlans?: Array<{ servicePlanId: string; servicePlanName: string | null; provisioningStatus?: string | null; appliesTo?: string | null }> | null;
}

/** The OData error body: { error: { code, message, innerError } }. */
export interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: Record<string, unknown> };
}
