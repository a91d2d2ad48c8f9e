/**
 * Credit alerts as episodes (issue 6 "Alerts"). Each evaluation decides which conditions hold, opens an episode when
 * one starts, sends it once per episode to each admin's personal chat, and clears it when the condition clears, so a
 * later return opens a new episode. Runs after every usage sync or import, after a ledger write and at local start;
 * evaluating again with nothing changed sends nothing.
 */
import type { Logger } from 'pino';
import type { AlertEpisode, AlertStore } from '../store/alert-store';
import { alertConditions, ALERT_KINDS, type AlertCondition, type AlertFacts, type AlertKind } from './alert-conditions';
import type { AlertNotifier, NotifyResult } from './alert-notifier';
import type { AlertRecipients } from './alert-recipients';
import type { CreditsOverview } from './credits-overview';

export interface AlertEvaluation {
  readonly tenantId: string;
  readonly at: string;
  readonly opened: readonly AlertKind[];
  readonly cleared: readonly AlertKind[];
  readonly deliveries: ReadonlyArray<{ readonly kind: AlertKind; readonly userId: string; readonly result: NotifyResult }>;
}

export interface OpenAlert {
  readonly kind: AlertKind;
  readonly seq: number;
  readonly openedAt: string;
  readonly facts: AlertFacts;
}

export interface AlertServiceDeps {
  readonly credits: { overview(tenantId: string, now: Date): Promise<CreditsOverview | null> };
  readonly alerts: Pick<AlertStore, 'latestEpisode' | 'listEpisodes' | 'openEpisode' | 'clearEpisode' | 'claimDelivery' | 'finishDelivery'>;
  readonly recipients: Pick<AlertRecipients, 'adminsOf'>;
  readonly notifier: AlertNotifier;
  readonly logger: Logger;
}

export class AlertService {
  constructor(private readonly deps: AlertServiceDeps) {}

  async evaluateAlerts(tenantId: string, now: Date): Promise<AlertEvaluation> {
    const at = now.toISOString();
    const evaluation = { tenantId, at, opened: [] as AlertKind[], cleared: [] as AlertKind[], deliveries: [] as AlertEvaluation['deliveries'][number][] };
    const overview = await this.deps.credits.overview(tenantId, now);
    if (!overview) return evaluation;
    const conditions = alertConditions(overview);
    let admins: string[] | undefined;
    for (const condition of conditions) {
      const latest = await this.deps.alerts.latestEpisode(tenantId, condition.kind);
      const open = latest && latest.clearedAt === null ? latest : null;
      if (condition.state === 'inactive' && open) {
        if (await this.deps.alerts.clearEpisode(open, at)) evaluation.cleared.push(condition.kind);
        continue;
      }
      if (condition.state !== 'active') continue;
      let episode = open;
      if (!episode) {
        const outcome = await this.deps.alerts.openEpisode(tenantId, condition.kind, (latest?.seq ?? 0) + 1, at, condition.facts);
        if (outcome === 'opened') evaluation.opened.push(condition.kind);
        episode = await this.deps.alerts.latestEpisode(tenantId, condition.kind);
      }
      if (!episode || episode.clearedAt !== null) continue;
      admins ??= await this.deps.recipients.adminsOf(tenantId);
      evaluation.deliveries.push(...(await this.deliver(episode, condition, admins, at)));
    }
    if (evaluation.opened.length > 0 || evaluation.cleared.length > 0 || evaluation.deliveries.length > 0) {
      this.deps.logger.info(
        {
          event: 'alerts.evaluated',
          tenantId,
          opened: evaluation.opened,
          cleared: evaluation.cleared,
          deliveries: evaluation.deliveries.map((d) => ({ kind: d.kind, result: d.result })),
        },
        'credit alerts evaluated',
      );
    }
    return evaluation;
  }

  /** The open episodes, for the tab: what is wrong now, and since when. */
  async openAlerts(tenantId: string): Promise<OpenAlert[]> {
    const episodes = await this.deps.alerts.listEpisodes(tenantId);
    return episodes.flatMap((e) =>
      e.clearedAt === null && isAlertKind(e.kind) ? [{ kind: e.kind, seq: e.seq, openedAt: e.openedAt, facts: e.facts as AlertFacts }] : [],
    );
  }

  /** Sends the episode to each admin not yet reached; the claim makes it at most once per person per episode. */
  private async deliver(
    episode: AlertEpisode,
    condition: Extract<AlertCondition, { state: 'active' }>,
    admins: readonly string[],
    at: string,
  ): Promise<AlertEvaluation['deliveries'][number][]> {
    const results: AlertEvaluation['deliveries'][number][] = [];
    for (const userId of admins) {
      const claim = await this.deps.alerts.claimDelivery(episode, userId, at);
      if (!claim) continue;
      let result: NotifyResult;
      try {
        result = await this.deps.notifier.notify(episode.tenantId, userId, condition.facts, condition.context);
      } catch (error) {
        this.deps.logger.warn({ err: error, event: 'alerts.notify-failed', tenantId: episode.tenantId, kind: condition.kind }, 'alert not sent');
        result = 'failed';
      }
      await this.deps.alerts.finishDelivery(claim, result, at);
      results.push({ kind: condition.kind, userId, result });
    }
    return results;
  }
}

function isAlertKind(kind: string): kind is AlertKind {
  return (ALERT_KINDS as readonly string[]).includes(kind);
}
