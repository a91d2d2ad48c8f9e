import { Field } from '@fluentui/react-field';
import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { ProgressBar } from '@fluentui/react-progress';
import type { RollupRebuildJobResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { useJob } from './useJob';

/** The roll-up rebuild a time-zone or source-of-truth change started: a busy bar until it is done, then the outcome. */
export function RebuildProgress({ started }: { started: RollupRebuildJobResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const job = useJob(started);
  if (!job) return null;
  if (job.status === 'succeeded') {
    return (
      <MessageBar intent="success" data-testid="rebuild-done">
        <MessageBarBody>{t('settings.tenant.rebuilt', { days: format.number(job.result?.daysRecomputed ?? 0) })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (job.status === 'failed') {
    return (
      <MessageBar intent="error" data-testid="rebuild-failed">
        <MessageBarBody>{`${t('settings.tenant.rebuildFailed')} ${job.errorMessage ?? ''}`.trim()}</MessageBarBody>
      </MessageBar>
    );
  }
  const days = job.progress?.daysTotal ? { done: job.progress.daysDone ?? 0, total: job.progress.daysTotal } : null;
  return (
    <Field
      label={t('settings.tenant.rebuildLabel')}
      validationMessage={days ? t('settings.tenant.rebuildingDays', { done: format.number(days.done), total: format.number(days.total) }) : t('settings.tenant.rebuilding')}
      validationState="none"
    >
      <ProgressBar thickness="large" data-testid="rebuild-progress" {...(days ? { value: Math.min(1, days.done / days.total) } : {})} />
    </Field>
  );
}
