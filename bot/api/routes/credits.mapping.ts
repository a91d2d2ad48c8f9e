/**
 * The credits API's wire formats: the POST body schema (zod) to a ledger entry, and domain values to the contract
 * types the tab reads (bot/api/contracts.ts). Money is an exact decimal string both ways.
 */
import { z } from 'zod';
import type { CreditsResponse, CreditLotJson, LedgerEntryJson, MoneyAmount, ProjectedDateJson } from '../contracts';
import type { LedgerEntryContent } from '../../store/ledger-store';
import type { LedgerEntry } from '../../billing/ledger/ledger-entries';
import type { CreditLot } from '../../billing/ledger/credit-balance';
import type { ProjectedDate } from '../../billing/forecast/spend-forecast';
import { fromMoneyJson, toMoneyJson, type Money } from '../../billing/money';
import type { CreditsOverview } from '../../credits/credits-overview';
import type { OpenAlert } from '../../credits/alert-service';

const moneySchema = z.object({
  amount: z.string().regex(/^-?\d{1,12}(\.\d{1,6})?$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
const instantSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

export const newLedgerEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), asOf: instantSchema, balance: moneySchema }).strict(),
  z
    .object({
      kind: z.literal('purchase'),
      purchasedAt: instantSchema,
      amount: moneySchema,
      origin: z.enum(['manual', 'auto-recharge']).default('manual'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('autoRechargeRule'),
      effectiveFrom: instantSchema,
      rule: z.object({ trigger: moneySchema, amount: moneySchema }).strict().nullable(),
    })
    .strict(),
  z.object({ kind: z.literal('reversal'), reverses: z.string().regex(/^le-[0-9a-f]{32}$/) }).strict(),
]);

/** An idempotency key: what a client generates per intended write (a UUID, typically). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

export function ledgerContentFromRequest(body: z.infer<typeof newLedgerEntrySchema>): LedgerEntryContent {
  switch (body.kind) {
    case 'snapshot':
      return { kind: 'snapshot', asOf: body.asOf, balance: fromMoneyJson(body.balance) };
    case 'purchase':
      return { kind: 'purchase', purchasedAt: body.purchasedAt, amount: fromMoneyJson(body.amount), origin: body.origin };
    case 'autoRechargeRule':
      return {
        kind: 'auto-recharge-rule',
        effectiveFrom: body.effectiveFrom,
        rule: body.rule && { trigger: fromMoneyJson(body.rule.trigger), amount: fromMoneyJson(body.rule.amount) },
      };
    case 'reversal':
      return { kind: 'reversal', reverses: body.reverses };
  }
}

const amount = (m: Money): MoneyAmount => toMoneyJson(m);

export function ledgerEntryJson(entry: LedgerEntry, reversedIds: ReadonlySet<string>): LedgerEntryJson {
  const stamp = { id: entry.id, recordedAt: entry.recordedAt, recordedBy: entry.recordedBy, reversed: reversedIds.has(entry.id) };
  switch (entry.kind) {
    case 'snapshot':
      return { ...stamp, kind: 'snapshot', asOf: entry.asOf, balance: amount(entry.balance) };
    case 'purchase':
      return { ...stamp, kind: 'purchase', purchasedAt: entry.purchasedAt, amount: amount(entry.amount), origin: entry.origin };
    case 'auto-recharge-rule':
      return {
        ...stamp,
        kind: 'autoRechargeRule',
        effectiveFrom: entry.effectiveFrom,
        rule: entry.rule && { trigger: amount(entry.rule.trigger), amount: amount(entry.rule.amount) },
      };
    case 'reversal':
      return { ...stamp, kind: 'reversal', reverses: entry.reverses };
  }
}

function lotJson(lot: CreditLot): CreditLotJson {
  return { ...lot, original: amount(lot.original), remaining: amount(lot.remaining) };
}

const projected = (p: ProjectedDate): ProjectedDateJson => ({ ...p });

function lagHours(newestCallAt: string | null, at: string): number | null {
  return newestCallAt === null ? null : Math.max(0, Math.floor((Date.parse(at) - Date.parse(newestCallAt)) / 3_600_000));
}

export function creditsResponse(o: CreditsOverview, alerts: readonly OpenAlert[]): CreditsResponse {
  const b = o.balance;
  const f = o.forecast;
  const expiringTotal = o.expiringLots.lots.reduce((sum, lot) => sum + lot.remaining.micros, 0n);
  return {
    billingModel: o.billingModel,
    currency: o.currency,
    timeZone: o.timeZone,
    today: o.today,
    asOf: o.at,
    data: {
      lastSyncAt: o.freshness.lastSyncAt,
      newestCallAt: o.freshness.newestCallAt,
      lagHours: lagHours(o.freshness.newestCallAt, o.at),
      lastError: o.freshness.lastError,
      lastErrorAt: o.freshness.lastErrorAt,
    },
    estimate:
      b === null
        ? null
        : b.kind === 'no-snapshot'
          ? { kind: 'no-snapshot', at: b.at, remedy: { code: b.remedy.code, fixedBy: b.remedy.fixedBy } }
          : {
              kind: 'estimate',
              label: 'estimate',
              balance: amount(b.balance),
              at: b.at,
              basis: {
                snapshot: { entryId: b.basis.snapshot.id, asOf: b.basis.snapshot.asOf, balance: amount(b.basis.snapshot.balance) },
                unattributedSnapshotAmount: amount(b.basis.unattributedSnapshotAmount),
                charges: { ...b.basis.charges, total: amount(b.basis.charges.total), conflictingIds: [...b.basis.charges.conflictingIds] },
                purchases: { count: b.basis.purchases.count, total: amount(b.basis.purchases.total) },
                forfeits: { count: b.basis.forfeits.count, total: amount(b.basis.forfeits.total) },
                impliedRecharges: { ...b.basis.impliedRecharges, total: amount(b.basis.impliedRecharges.total) },
                reversedEntryIds: [...b.basis.reversedEntryIds],
              },
            },
    lots: b?.kind === 'estimate' ? b.lots.map(lotJson) : [],
    lotsExpiring: {
      withinDays: o.expiringLots.withinDays,
      lotIds: o.expiringLots.lots.map((lot) => lot.id),
      total: amount({ micros: expiringTotal, currency: o.currency }),
    },
    autoRecharge: o.autoRecharge && {
      trigger: amount(o.autoRecharge.rule.trigger),
      amount: amount(o.autoRecharge.rule.amount),
      effectiveFrom: o.autoRecharge.effectiveFrom,
      entryId: o.autoRecharge.entryId,
    },
    budget: o.postpaid && {
      from: o.postpaid.from,
      to: o.postpaid.to,
      spend: amount(o.postpaid.spend),
      chargesCounted: o.postpaid.chargesCounted,
      budget: o.postpaid.budget && amount(o.postpaid.budget),
      remaining: o.postpaid.remaining && amount(o.postpaid.remaining),
      budgetUsedBasisPoints: o.postpaid.budgetUsedBasisPoints,
      projectedMonthEnd: amount(f.monthEnd.total),
    },
    forecast: {
      history: { from: o.history.from, to: o.history.to },
      runRate:
        f.runRate.kind === 'no-history'
          ? { kind: 'no-history', historyDays: 0 }
          : { kind: f.runRate.kind, perDay: amount(f.runRate.perDay), window: { ...f.runRate.window }, historyDays: f.runRate.historyDays },
      runOut: projected(f.runOut),
      nextAutoRecharge: projected(f.nextAutoRecharge),
      monthEnd: {
        month: f.monthEnd.month,
        actual: amount(f.monthEnd.actual),
        actualDays: f.monthEnd.actualDays,
        projected: amount(f.monthEnd.projected),
        projectedDays: f.monthEnd.projectedDays,
        total: amount(f.monthEnd.total),
        historyDays: f.monthEnd.historyDays,
      },
      spendSpike:
        o.spike.kind === 'unknown'
          ? { kind: 'unknown', why: o.spike.why }
          : { ...o.spike, spend: amount(o.spike.spend), baseline: amount(o.spike.baseline) },
    },
    alerts: alerts.map((a) => ({ kind: a.kind, openedAt: a.openedAt, facts: { ...a.facts } })),
  };
}
