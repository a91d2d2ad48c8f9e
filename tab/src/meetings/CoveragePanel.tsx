import { Badge } from '@fluentui/react-badge';
import { Body1, Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { CheckmarkCircleFilled, ErrorCircleFilled, QuestionCircleFilled, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { EligibilityResponse } from '../../../bot/api/contracts';
import { shownData, type ApiGet } from '../data/useApiGet';
import { useStrings } from '../shell/shellContext';
import { makeStyles, mergeClasses } from '../ui/griffel';
import { Panel } from '../ui/Panel';
import { ApiProblem, LoadingCards } from '../ui/ViewStates';

type Item = EligibilityResponse['checklist']['items'][number];
type Status = Item['status'];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  icon: { flexShrink: 0, fontSize: '20px', marginTop: '1px' },
  pass: { color: tokens.colorStatusSuccessForeground1 },
  fail: { color: tokens.colorStatusDangerForeground1 },
  unknown: { color: tokens.colorNeutralForeground3 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  summary: { margin: 0 },
});

const BADGE_COLOR: Record<Status, 'success' | 'danger' | 'informative'> = { pass: 'success', fail: 'danger', unknown: 'informative' };

function StatusIcon({ status }: { status: Status }) {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, styles[status]);
  if (status === 'pass') return <CheckmarkCircleFilled className={className} aria-hidden="true" />;
  if (status === 'fail') return <ErrorCircleFilled className={className} aria-hidden="true" />;
  return <QuestionCircleFilled className={className} aria-hidden="true" />;
}

/** The organizer's own checklist (GET /api/v1/eligibility), as in the bot: will dial-in and dial-out work, and who fixes what. */
export function CoveragePanel({ eligibility }: { eligibility: ApiGet<EligibilityResponse> }) {
  const t = useStrings();
  const styles = useStyles();
  const { resource, reload } = eligibility;
  const answer = shownData(resource);
  if (!answer) {
    return resource.status === 'error' ? <ApiProblem error={resource.error} onRetry={reload} /> : <LoadingCards label={t('meetings.coverage.loading')} count={1} />;
  }
  const { overall, items } = answer.checklist;
  return (
    <Panel
      title={t('meetings.coverage.heading')}
      icon={<ShieldCheckmarkRegular />}
      testId="coverage-panel"
      actions={
        <Badge appearance="filled" color={BADGE_COLOR[overall]} size="large" data-testid="coverage-status">
          {t(`meetings.coverage.overall.${overall}`)}
        </Badge>
      }
    >
      <Body1 as="p" className={styles.summary}>
        {t(`meetings.coverage.summary.${overall}`)}
      </Body1>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id} className={styles.item} data-item={item.id} data-status={item.status}>
            <StatusIcon status={item.status} />
            <div className={styles.text}>
              <Body1>
                <strong>{t(`meetings.coverage.items.${item.id}`)}</strong>
                {` · ${t(`meetings.coverage.status.${item.status}`)}`}
              </Body1>
              <Caption1 className={styles.muted}>{t(`meetings.coverage.reasons.${item.reason}`)}</Caption1>
              {item.remedy.fixedBy ? (
                <Caption1 className={styles.muted}>
                  {t('meetings.coverage.fixedBy', { who: t(`meetings.coverage.fixers.${item.remedy.fixedBy}`) })}
                </Caption1>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
