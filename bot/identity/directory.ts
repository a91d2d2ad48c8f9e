/**
 * Directory facts about people and the tenant's licences. In azure mode Graph fills them (users/{id} with
 * usageLocation and assignedPlans, subscribedSkus); in local mode the seeded demo tenant does, through the same
 * interface (architecture "Modes").
 */
import type { AssignedPlan, SubscribedSku } from '../billing/reference/licences';

export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** ISO 3166 alpha-2, or null when it is not set. */
  readonly usageLocation: string | null;
  readonly assignedPlans: readonly AssignedPlan[];
  readonly preferredLanguage?: string;
}

export interface Directory {
  getUser(tenantId: string, userId: string): Promise<DirectoryUser | null>;
  findUserByPrincipalName(tenantId: string, userPrincipalName: string): Promise<DirectoryUser | null>;
  listUsers(tenantId: string): Promise<DirectoryUser[]>;
  getSubscribedSkus(tenantId: string): Promise<SubscribedSku[]>;
}
