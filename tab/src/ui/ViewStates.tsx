import { Skeleton, SkeletonItem } from '@fluentui/react-skeleton';
import { Body1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/apiError';
import { useStrings } from '../shell/shellContext';
import { ProblemMessage } from '../shell/StatusScreens';
import { makeStyles } from './griffel';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} 0`,
  },
  emptyIcon: { fontSize: '32px', color: tokens.colorBrandForeground1, display: 'flex' },
  emptyText: { color: tokens.colorNeutralForeground2, margin: 0, maxWidth: '60ch' },
});

/** Grey placeholders in the shape of the cards to come; announced once as busy. */
export function LoadingCards({ label, count = 3 }: { label: string; count?: number }) {
  const styles = useStyles();
  return (
    <div className={styles.grid} role="status" aria-busy="true" aria-label={label} data-testid="loading">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} className={styles.card} aria-hidden="true">
          <SkeletonItem size={16} style={{ width: '40%' }} />
          <SkeletonItem size={32} style={{ width: '70%' }} />
          <SkeletonItem size={12} />
          <SkeletonItem size={12} style={{ width: '85%' }} />
        </Skeleton>
      ))}
    </div>
  );
}

/** A failed API call, in the user's language, with its code for support and a retry. */
export function ApiProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useStrings();
  const message =
    error.kind === 'network'
      ? t('errors.network')
      : error.kind === 'forbidden'
        ? t('common.forbidden')
        : error.kind === 'unauthorized'
          ? t('auth.expired')
          : t('errors.server');
  return <ProblemMessage title={t('common.loadFailed')} message={message} code={error.code} onRetry={onRetry} />;
}

/** A designed empty state inside a panel: what will appear and, where there is one, what to do. */
export function EmptyState({ icon, children, action }: { icon: ReactNode; children: ReactNode; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.empty}>
      <span className={styles.emptyIcon} aria-hidden="true">
        {icon}
      </span>
      <Body1 as="p" className={styles.emptyText}>
        {children}
      </Body1>
      {action}
    </div>
  );
}
