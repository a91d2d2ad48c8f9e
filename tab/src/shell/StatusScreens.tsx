import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Spinner } from '@fluentui/react-spinner';
import { Body1, Caption1, Title3 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles, mergeClasses } from '../ui/griffel';
import { ArrowClockwiseRegular, ErrorCircleRegular, LockClosedRegular, OpenRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useStrings } from './shellContext';

const useStyles = makeStyles({
  page: {
    minHeight: '100%',
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalXXL,
  },
  panel: {
    maxWidth: '520px',
    width: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    // Invisible in light and dark, a real border in high contrast.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  badge: {
    width: '56px',
    height: '56px',
    borderRadius: tokens.borderRadiusCircular,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '28px',
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  badgeDanger: {
    color: tokens.colorStatusDangerForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  title: { margin: 0, textAlign: 'center' },
  body: { color: tokens.colorNeutralForeground2, margin: 0, textAlign: 'center' },
  code: { color: tokens.colorNeutralForeground3 },
  messageBar: { width: '100%', textAlign: 'start' },
});

interface PanelProps {
  tone?: 'brand' | 'danger';
  icon: ReactNode;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

function StatusPanel({ tone = 'brand', icon, title, children, action }: PanelProps) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <section className={styles.panel} aria-labelledby="status-title">
        <div className={mergeClasses(styles.badge, tone === 'danger' && styles.badgeDanger)} aria-hidden="true">
          {icon}
        </div>
        <Title3 as="h1" id="status-title" className={styles.title}>
          {title}
        </Title3>
        {children}
        {action}
      </section>
    </main>
  );
}

export function LoadingScreen({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <main className={styles.page} aria-busy="true">
      <Spinner size="large" label={label} labelPosition="below" />
    </main>
  );
}

export function SignInScreen({ reason, onRetry }: { reason: 'consent' | 'expired'; onRetry: () => void }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <StatusPanel
      icon={<LockClosedRegular />}
      title={t('auth.title')}
      action={
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      }
    >
      <Body1 as="p" className={styles.body}>
        {reason === 'consent' ? t('auth.consent') : t('auth.expired')}
      </Body1>
    </StatusPanel>
  );
}

export function OpenInTeamsScreen() {
  const t = useStrings();
  const styles = useStyles();
  return (
    <StatusPanel icon={<OpenRegular />} title={t('openInTeams.title')}>
      <Body1 as="p" className={styles.body}>
        {t('openInTeams.body')}
      </Body1>
      <Body1 as="p" className={styles.body}>
        {t('openInTeams.steps')}
      </Body1>
    </StatusPanel>
  );
}

export interface ProblemProps {
  title: string;
  message: string;
  code?: string;
  onRetry?: () => void;
}

/** A designed error: what happened, in the user's language, the code for support, and a way out. */
export function ProblemMessage({ title, message, code, onRetry }: ProblemProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" className={styles.messageBar}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {code ? (
          <>
            {' '}
            <Caption1 className={styles.code}>{t('errors.reference', { code })}</Caption1>
          </>
        ) : null}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/** A whole-page problem before the app frame exists (the service unreachable, the tenant refused). */
export function ProblemScreen({ title, message, code, onRetry }: ProblemProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <StatusPanel
      tone="danger"
      icon={<ErrorCircleRegular />}
      title={title}
      action={
        onRetry ? (
          <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      <Body1 as="p" className={styles.body}>
        {message}
      </Body1>
      {code ? <Caption1 className={styles.code}>{t('errors.reference', { code })}</Caption1> : null}
    </StatusPanel>
  );
}
