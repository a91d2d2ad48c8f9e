import { Body1, Subtitle1, Title2 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '../ui/griffel';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useStrings } from '../shell/shellContext';
import type { StringKey } from '../strings/strings';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
  card: {
    maxWidth: '760px',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    // Invisible in light and dark, a real border in high contrast.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  cardHeader: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    '@media (max-width: 480px)': { flexDirection: 'column', alignItems: 'flex-start' },
  },
  illustration: {
    width: '64px',
    height: '64px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusXLarge,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '32px',
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  cardText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  subtitle: { margin: 0 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  points: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalM,
  },
  point: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  pointIcon: { flexShrink: 0, fontSize: '20px', color: tokens.colorBrandForeground1 },
});

export interface ViewIntroProps {
  title: StringKey;
  summary: StringKey;
}

/** The top of every view: its h1 and one sentence on what it is for. */
export function ViewIntro({ title, summary }: ViewIntroProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.intro}>
      <Title2 as="h1" className={styles.title}>
        {t(title)}
      </Title2>
      <Body1 as="p" className={styles.summary}>
        {t(summary)}
      </Body1>
    </div>
  );
}

export interface ViewEmptyStateProps extends ViewIntroProps {
  icon: ReactNode;
  empty: StringKey;
  points: readonly StringKey[];
}

/** A designed empty state: what the view will show once its data exists. */
export function ViewEmptyState({ title, summary, icon, empty, points }: ViewEmptyStateProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <ViewIntro title={title} summary={summary} />
      <section className={styles.card} aria-labelledby="view-empty-heading">
        <div className={styles.cardHeader}>
          <div className={styles.illustration} aria-hidden="true">
            {icon}
          </div>
          <div className={styles.cardText}>
            <Subtitle1 as="h2" id="view-empty-heading" className={styles.subtitle}>
              {t('views.placeholderHeading')}
            </Subtitle1>
            <Body1 as="p" className={styles.empty}>
              {t(empty)}
            </Body1>
          </div>
        </div>
        <ul className={styles.points}>
          {points.map((point) => (
            <li key={point} className={styles.point}>
              <CheckmarkCircleRegular className={styles.pointIcon} aria-hidden="true" />
              <Body1>{t(point)}</Body1>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
