/**
 * The Directory (bot/identity/directory.ts) backed by Graph in azure mode: users/{id} with usageLocation and
 * assignedPlans (domain-facts §6.6), and subscribedSkus, each cached for DIRECTORY_CACHE_TTL_SECONDS.
 */
import type { SubscribedSku } from '../billing/reference/licences';
import type { Directory, DirectoryUser } from '../identity/directory';
import type { GraphClients } from './graph-clients';
import { GraphRequestError } from './graph-errors';
import type { GraphPage, GraphSubscribedSku, GraphUser } from './graph-types';
import { TtlCache } from './ttl-cache';

const USER_SELECT = 'id,displayName,userPrincipalName,usageLocation,assignedPlans,preferredLanguage';

export function directoryUserFromGraph(user: GraphUser): DirectoryUser {
  return {
    id: user.id.toLowerCase(),
    displayName: user.displayName ?? user.userPrincipalName ?? user.id,
    userPrincipalName: user.userPrincipalName ?? '',
    usageLocation: user.usageLocation ? user.usageLocation.toUpperCase() : null,
    assignedPlans: (user.assignedPlans ?? []).map((p) => ({ servicePlanId: p.servicePlanId, capabilityStatus: p.capabilityStatus })),
    ...(user.preferredLanguage ? { preferredLanguage: user.preferredLanguage } : {}),
  };
}

function skuFromGraph(sku: GraphSubscribedSku): SubscribedSku {
  return {
    skuId: sku.skuId,
    ...(sku.skuPartNumber ? { skuPartNumber: sku.skuPartNumber } : {}),
    ...(sku.capabilityStatus ? { capabilityStatus: sku.capabilityStatus } : {}),
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof GraphRequestError && error.httpStatus === 404;
}

export class GraphDirectory implements Directory {
  private readonly users: TtlCache<DirectoryUser | null>;
  private readonly lists: TtlCache<DirectoryUser[]>;
  private readonly skus: TtlCache<SubscribedSku[]>;

  constructor(
    private readonly clients: GraphClients,
    options: { ttlSeconds: number; now?: () => number },
  ) {
    const now = options.now ?? Date.now;
    const ttl = options.ttlSeconds * 1000;
    this.users = new TtlCache(ttl, now);
    this.lists = new TtlCache(ttl, now, 100);
    this.skus = new TtlCache(ttl, now, 100);
  }

  private async fetchUser(tenantId: string, idOrUpn: string): Promise<DirectoryUser | null> {
    try {
      const user = await this.clients.forTenant(tenantId).getJson<GraphUser>(`/users/${encodeURIComponent(idOrUpn)}?$select=${USER_SELECT}`, 'users');
      return directoryUserFromGraph(user);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async getUser(tenantId: string, userId: string): Promise<DirectoryUser | null> {
    const id = userId.trim().toLowerCase();
    return this.users.get(`${tenantId}|id|${id}`, () => this.fetchUser(tenantId, id));
  }

  async findUserByPrincipalName(tenantId: string, userPrincipalName: string): Promise<DirectoryUser | null> {
    const upn = userPrincipalName.trim().toLowerCase();
    return this.users.get(`${tenantId}|upn|${upn}`, () => this.fetchUser(tenantId, upn));
  }

  async listUsers(tenantId: string): Promise<DirectoryUser[]> {
    return this.lists.get(tenantId, async () => {
      const users: DirectoryUser[] = [];
      let link: string | undefined = `/users?$select=${USER_SELECT}&$top=999`;
      while (link) {
        const page: GraphPage<GraphUser> = await this.clients.forTenant(tenantId).getJson<GraphPage<GraphUser>>(link, 'users');
        users.push(...page.value.map(directoryUserFromGraph));
        link = page['@odata.nextLink'];
      }
      return users;
    });
  }

  async getSubscribedSkus(tenantId: string): Promise<SubscribedSku[]> {
    return this.skus.get(tenantId, async () => {
      const page = await this.clients.forTenant(tenantId).getJson<GraphPage<GraphSubscribedSku>>('/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus', 'subscribedSkus');
      return page.value.map(skuFromGraph);
    });
  }
}
