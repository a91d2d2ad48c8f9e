import { Badge } from '@fluentui/react-badge';
import { Field } from '@fluentui/react-field';
import { ProgressBar } from '@fluentui/react-progress';
import { Body1, Caption1 } from '@fluentui/react-text';
import { MoneyRegular } from '@fluentui/react-icons';
import type { CreditsResponse } from '../../../bot/api/contracts';
import { compareDecimals } from '../money/decimal';
import { useSession, useStrings } from '../shell/shellContext';
import { Panel } from '../ui/Panel';
import { Freshness } from './Freshness';
import { useOverviewStyles } from './overviewStyles';

type Budget = NonNullable<CreditsResponse['budget']>;

/** Postpaid tenants (MCA/NCE) see month-to-date spend against their budget instead of a balance. */
export function BudgetPanel({ credits, budget, className }: { credits: CreditsResponse; budget: Budget; className?: string }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useOverviewStyles();
  const used = budget.budgetUsedBasisPoints === null ? null : budget.budgetUsedBasisPoints / 10_000;
  const over = budget.remaining !== null && compareDecimals(budget.remaining.amount, '0') < 0;
  return (
    <Panel
      title={t('overview.budget.heading')}
      icon={<MoneyRegular />}
      className={className}
      testId="budget-panel"
      actions={
        <>
          <Badge appearance="tint" color="informative" size="large">
            {t('overview.budget.postpaidBadge')}
          </Badge>
          <Badge appearance="tint" color="warning" size="large" data-testid="estimate-badge">
            {t('common.estimate')}
          </Badge>
        </>
      }
    >
      <div>
        <p className={styles.figure} data-testid="budget-spend">
          {format.money(budget.spend.amount, budget.spend.currency)}
        </p>
        <Body1 as="p" className={styles.text}>
          {budget.budget ? t('overview.budget.ofBudget', { budget: format.money(budget.budget.amount, budget.budget.currency) }) : t('overview.budget.noBudget')}
        </Body1>
        <Caption1 as="p" className={styles.muted} data-testid="balance-as-of">
          {t('overview.budget.period', { from: format.calendarDate(budget.from), to: format.calendarDate(budget.to) })} ·{' '}
          {t('overview.balance.asOf', { time: format.dateTime(credits.asOf) })}
        </Caption1>
      </div>
      {used !== null ? (
        <Field
          label={t('overview.budget.usedLabel')}
          validationState={over ? 'error' : used >= 0.8 ? 'warning' : 'none'}
          validationMessage={t('overview.budget.used', { percent: format.percent(used) })}
        >
          <ProgressBar value={Math.min(1, used)} thickness="large" color={over ? 'error' : used >= 0.8 ? 'warning' : 'brand'} />
        </Field>
      ) : null}
      {budget.remaining ? (
        <Body1 as="p" className={over ? styles.danger : styles.text}>
          {over
            ? t('overview.budget.over', { amount: format.money(budget.remaining.amount.replace(/^-/, ''), budget.remaining.currency) })
            : t('overview.budget.remaining', { amount: format.money(budget.remaining.amount, budget.remaining.currency) })}
        </Body1>
      ) : null}
      <Body1 as="p" className={styles.text}>
        {t('overview.budget.projected', { amount: format.money(budget.projectedMonthEnd.amount, budget.projectedMonthEnd.currency) })}
      </Body1>
      <Freshness credits={credits} />
    </Panel>
  );
}
