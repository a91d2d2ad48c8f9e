/**
 * The directory table: the demo tenant's people and SKUs in local mode (and, later, the Graph cache in azure mode).
 * Partition: tenant id; row: user id, or "~skus" for the tenant's subscribed SKUs.
 */
import type { Directory, DirectoryUser } from '../identity/directory';
import type { SubscribedSku } from '../billing/reference/licences';
import type { TableStore } from './table-store';
import { getEntityOrNull } from './table-store';
import { odataString } from './batch-writer';

const SKUS_ROW = '~skus';

interface UserEntity {
  kind: 'user';
  json: string;
  upn: string;
}
interface SkusEntity {
  kind: 'skus';
  json: string;
}

export class StoredDirectory implements Directory {
  constructor(private readonly store: TableStore) {}

  async getUser(tenantId: string, userId: string): Promise<DirectoryUser | null> {
    if (userId === SKUS_ROW) return null;
    const entity = await getEntityOrNull<UserEntity>(this.store.table('directory'), tenantId, userId.toLowerCase());
    return entity && entity.kind === 'user' ? (JSON.parse(entity.json) as DirectoryUser) : null;
  }

  async findUserByPrincipalName(tenantId: string, userPrincipalName: string): Promise<DirectoryUser | null> {
    const upn = userPrincipalName.trim().toLowerCase();
    const users = await this.listUsers(tenantId);
    return users.find((u) => u.userPrincipalName.toLowerCase() === upn) ?? null;
  }

  async listUsers(tenantId: string): Promise<DirectoryUser[]> {
    const users: DirectoryUser[] = [];
    const iterator = this.store.table('directory').listEntities<UserEntity>({
      queryOptions: { filter: `PartitionKey eq ${odataString(tenantId)} and kind eq 'user'` },
    });
    for await (const entity of iterator) users.push(JSON.parse(entity.json) as DirectoryUser);
    return users;
  }

  async getSubscribedSkus(tenantId: string): Promise<SubscribedSku[]> {
    const entity = await getEntityOrNull<SkusEntity>(this.store.table('directory'), tenantId, SKUS_ROW);
    return entity ? (JSON.parse(entity.json) as SubscribedSku[]) : [];
  }

  async putUser(tenantId: string, user: DirectoryUser): Promise<void> {
    await this.store.table('directory').upsertEntity(
      { partitionKey: tenantId, rowKey: user.id.toLowerCase(), kind: 'user', upn: user.userPrincipalName.toLowerCase(), json: JSON.stringify(user) },
      'Replace',
    );
  }

  async putSubscribedSkus(tenantId: string, skus: readonly SubscribedSku[]): Promise<void> {
    await this.store.table('directory').upsertEntity(
      { partitionKey: tenantId, rowKey: SKUS_ROW, kind: 'skus', json: JSON.stringify(skus) },
      'Replace',
    );
  }
}
