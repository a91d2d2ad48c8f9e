import { Subtitle2 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { useId, type ReactNode } from 'react';
import { makeStyles, mergeClasses } from './griffel';

const useStyles = makeStyles({
  panel: {
    boxSizing: 'border-box',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    // Invisible in light and dark, a real border in high contrast.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '28px' },
  icon: { display: 'flex', fontSize: '20px', color: tokens.colorBrandForeground1 },
  title: { margin: 0, flexGrow: 1 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface PanelProps {
  title: string;
  icon?: ReactNode;
  /** Beside the heading: a badge, a button. */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
  testId?: string;
}

/** A card on the page background with an h2: the building block of every view. */
export function Panel({ title, icon, actions, className, children, testId }: PanelProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={mergeClasses(styles.panel, className)} aria-labelledby={headingId} data-testid={testId}>
      <div className={styles.header}>
        {icon ? (
          <span className={styles.icon} aria-hidden="true">
            {icon}
          </span>
        ) : null}
        <Subtitle2 as="h2" id={headingId} className={styles.title}>
          {title}
        </Subtitle2>
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
