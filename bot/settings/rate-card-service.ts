/**
 * The admin's rate card (architecture "Rates"): an uploaded CSV is checked line by line and previewed as a diff against
 * the current card; applying it replaces the card only if it is still the change that was previewed. Beside the card,
 * the rates learned from the tenant's own calls, with their sample sizes and date ranges.
 */
import type { Logger } from 'pino';
import { learnRates, type LearnedRate } from '../billing/rates/learned-rates';
import type { RateCard } from '../billing/rates/rate-card';
import { parseRateCardCsv } from '../billing/rates/rate-card-csv';
import { parseBillingSettingsJson, type BillingSettings } from '../billing';
import { rateRowKey, type RateStore } from '../store/rate-store';
import type { AuditLog } from '../store/audit-log';
import type { TenantSettingsReader, LearnedRateSource } from '../conversation/ports';
import { MAX_REPORTED_LINE_ERRORS, type CsvLineError } from './csv-line-error';
import { diffRateCards, rateChangeFingerprint, type RateCardDiff } from './rate-card-diff';
import { AUDIT_ACTIONS, capList } from './settings-audit';
import { toDecimalString } from '../billing/money';

export type RatePreview =
  | { readonly ok: false; readonly errors: readonly CsvLineError[] }
  | { readonly ok: true; readonly fingerprint: string; readonly card: RateCard; readonly diff: RateCardDiff };

export type RateApplyOutcome =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'invalid'; readonly errors: readonly CsvLineError[] }
  /** The upload or the current card differs from what was previewed: preview again. */
  | { readonly kind: 'preview-outdated' }
  | { readonly kind: 'applied'; readonly card: RateCard; readonly diff: RateCardDiff; readonly appliedAt: string };

/** A checked upload; when it is valid, with the current card its fingerprint and diff were computed against. */
type CheckedUpload = Extract<RatePreview, { ok: false }> | (Extract<RatePreview, { ok: true }> & { readonly current: RateCard | null });

export interface RatesView {
  readonly currency: string;
  readonly card: RateCard | null;
  readonly learned: readonly LearnedRate[];
  readonly learnedMinCalls: number;
}

export interface RateCardServiceDeps {
  rates: Pick<RateStore, 'getCard' | 'replaceCard'>;
  settings: TenantSettingsReader;
  learned: LearnedRateSource;
  audit: Pick<AuditLog, 'record'>;
  /** After a new card is applied: the bot forgets the rates it reuses across turns. */
  afterApply: ReadonlyArray<(tenantId: string) => void>;
  logger: Logger;
}

/** The audit keeps this many individual changes; the counts are always complete. */
const MAX_AUDITED_CHANGES = 50;

export class RateCardService {
  constructor(private readonly deps: RateCardServiceDeps) {}

  async view(tenantId: string, now: Date): Promise<RatesView | null> {
    const billing = await this.billing(tenantId);
    if (!billing) return null;
    const [card, samples] = await Promise.all([this.deps.rates.getCard(tenantId), this.deps.learned.rateSamples(tenantId, billing.currency, now)]);
    const learned = learnRates(samples, billing.currency, billing.learnedRateMinCalls).sort(
      (a, b) => a.callKind.localeCompare(b.callKind) || a.country.localeCompare(b.country),
    );
    return { currency: billing.currency, card, learned, learnedMinCalls: billing.learnedRateMinCalls };
  }

  async preview(tenantId: string, csv: string): Promise<RatePreview | null> {
    const billing = await this.billing(tenantId);
    if (!billing) return null;
    const checked = await this.check(tenantId, csv, billing);
    return checked.ok ? { ok: true, fingerprint: checked.fingerprint, card: checked.card, diff: checked.diff } : checked;
  }

  async apply(write: { tenantId: string; actor: string; csv: string; fingerprint: string; now: Date }): Promise<RateApplyOutcome> {
    const billing = await this.billing(write.tenantId);
    if (!billing) return { kind: 'not-found' };
    const preview = await this.check(write.tenantId, write.csv, billing);
    if (!preview.ok) return { kind: 'invalid', errors: preview.errors };
    if (preview.fingerprint !== write.fingerprint) return { kind: 'preview-outdated' };

    // The card the fingerprint was checked against, not a second read.
    const before = preview.current;
    await this.deps.rates.replaceCard(write.tenantId, preview.card);
    const appliedAt = write.now.toISOString();
    const { diff } = preview;
    const describe = (e: RateCard['entries'][number]) => `${rateRowKey(e)} ${toDecimalString(e.rate.perMinute)}/${toDecimalString(e.rate.connectionFee)} ${e.rate.perMinute.currency}`;
    await this.deps.audit.record({
      tenantId: write.tenantId,
      at: appliedAt,
      id: preview.fingerprint.slice(0, 32),
      actor: write.actor,
      action: AUDIT_ACTIONS.ratesReplace,
      target: 'rate-card',
      before: before ? { source: before.source, entries: before.entries.length } : null,
      after: {
        source: preview.card.source,
        entries: preview.card.entries.length,
        added: capList(diff.added.map(describe), MAX_AUDITED_CHANGES),
        changed: capList(
          diff.changed.map((c) => `${describe(c.before)} → ${toDecimalString(c.after.rate.perMinute)}/${toDecimalString(c.after.rate.connectionFee)}`),
          MAX_AUDITED_CHANGES,
        ),
        removed: capList(diff.removed.map(describe), MAX_AUDITED_CHANGES),
      },
    });
    for (const hook of this.deps.afterApply) hook(write.tenantId);
    this.deps.logger.info(
      { event: 'rates.applied', tenantId: write.tenantId, entries: preview.card.entries.length, added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length },
      'rate card replaced',
    );
    return { kind: 'applied', card: preview.card, diff, appliedAt };
  }

  private async check(tenantId: string, csv: string, billing: BillingSettings): Promise<CheckedUpload> {
    const parsed = parseRateCardCsv(csv, 'admin');
    if (!parsed.ok) return { ok: false, errors: parsed.error.slice(0, MAX_REPORTED_LINE_ERRORS) };
    const card = parsed.value;
    // A card in another currency could price nothing of this tenant's (every rate lookup is in the tenant's currency).
    const currency = card.entries[0]?.rate.perMinute.currency;
    if (currency && currency !== billing.currency) return { ok: false, errors: [{ line: 0, code: 'currency-differs-from-tenant', column: 'currency', value: currency }] };
    const current = await this.deps.rates.getCard(tenantId);
    return { ok: true, fingerprint: rateChangeFingerprint(current, card), card, diff: diffRateCards(current, card), current };
  }

  private async billing(tenantId: string): Promise<BillingSettings | null> {
    const tenant = await this.deps.settings.get(tenantId);
    if (!tenant) return null;
    const parsed = parseBillingSettingsJson(tenant.settings.billing);
    if (!parsed.ok) throw new Error(`Tenant ${tenantId} has invalid billing settings`);
    return parsed.value;
  }
}
