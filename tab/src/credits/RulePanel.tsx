import { Body1, Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { CreditsResponse } from '../../../bot/api/contracts';
import { useSession, useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { Panel } from '../ui/Panel';

const useStyles = makeStyles({
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function RulePanel({ credits }: { credits: CreditsResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useStyles();
  const rule = credits.autoRecharge;
  return (
    <Panel title={t('credits.rule.heading')} icon={<ArrowSyncRegular />} testId="rule-panel">
      {rule ? (
        <>
          <Body1 as="p" className={styles.text}>
            {t('credits.rule.text', {
              trigger: format.money(rule.trigger.amount, rule.trigger.currency),
              amount: format.money(rule.amount.amount, rule.amount.currency),
            })}
          </Body1>
          <Caption1 as="p" className={styles.muted}>
            {t('credits.rule.since', { date: format.date(rule.effectiveFrom) })}
          </Caption1>
        </>
      ) : (
        <Body1 as="p" className={styles.muted}>
          {t('credits.rule.none')}
        </Body1>
      )}
    </Panel>
  );
}
