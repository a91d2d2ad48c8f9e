import { Body1, Title2 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '../ui/griffel';
import { useStrings } from '../shell/shellContext';
import type { StringKey } from '../strings/strings';

const useStyles = makeStyles({
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
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
