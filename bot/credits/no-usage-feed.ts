/**
 * A ChargeFeed with no usage at all: until the usage sync is wired in, the estimate is the ledger alone, and the
 * freshness says no data has arrived (the tab shows that instead of inventing a lag).
 */
import type { ChargeFeed } from '../usage/charge-feed';

export const NO_USAGE_FEED: ChargeFeed = {
  creditCharges: async function* () {},
  dailySpend: async () => [],
  freshness: async () => ({ lastSyncAt: null, newestCallAt: null, lastError: null, lastErrorAt: null }),
};
