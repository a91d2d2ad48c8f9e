import { Button, ToggleButton } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { tokens } from '@fluentui/react-theme';
import { useState, type FormEvent } from 'react';
import { useStrings } from '../shell/shellContext';
import { makeStyles } from '../ui/griffel';
import { checkCustomRange, RANGE_PRESETS, type CalendarDate, type DateRange, type RangePreset } from './dateRanges';

export type RangeChoice = { kind: 'preset'; preset: RangePreset } | { kind: 'custom'; range: DateRange };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  presets: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  custom: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  apply: { marginTop: '26px' },
});

const PRESET_LABEL = {
  '7d': 'usage.range.7d',
  '28d': 'usage.range.28d',
  month: 'usage.range.month',
  '13m': 'usage.range.13m',
} as const;

/** 7 days / 28 days / this month / 13 months, or a custom range checked before it is applied. */
export function RangePicker({ value, today, onChange }: { value: RangeChoice; today: CalendarDate; onChange(choice: RangeChoice): void }) {
  const t = useStrings();
  const styles = useStyles();
  const [customOpen, setCustomOpen] = useState(value.kind === 'custom');
  const [from, setFrom] = useState(value.kind === 'custom' ? value.range.from : '');
  const [to, setTo] = useState(value.kind === 'custom' ? value.range.to : today);
  const [tried, setTried] = useState(false);
  const problem = checkCustomRange(from, to, today);

  const apply = (event: FormEvent): void => {
    event.preventDefault();
    setTried(true);
    if (!problem) onChange({ kind: 'custom', range: { from, to } });
  };

  return (
    <div className={styles.root}>
      <div className={styles.presets} role="group" aria-label={t('usage.range.label')}>
        {RANGE_PRESETS.map((preset) => (
          <ToggleButton
            key={preset}
            checked={!customOpen && value.kind === 'preset' && value.preset === preset}
            appearance={!customOpen && value.kind === 'preset' && value.preset === preset ? 'primary' : 'secondary'}
            onClick={() => {
              setCustomOpen(false);
              onChange({ kind: 'preset', preset });
            }}
            data-testid={`range-${preset}`}
          >
            {t(PRESET_LABEL[preset])}
          </ToggleButton>
        ))}
        <ToggleButton checked={customOpen} appearance={customOpen ? 'primary' : 'secondary'} onClick={() => setCustomOpen((open) => !open)} aria-expanded={customOpen} data-testid="range-custom">
          {t('usage.range.custom')}
        </ToggleButton>
      </div>
      {customOpen ? (
        <form className={styles.custom} onSubmit={apply} noValidate>
          <Field label={t('usage.range.from')} validationState={tried && problem ? 'error' : 'none'} validationMessage={tried && problem ? t(`usage.range.problems.${problem}`) : undefined}>
            <Input type="date" value={from} max={today} onChange={(_, d) => setFrom(d.value)} data-testid="range-from" />
          </Field>
          <Field label={t('usage.range.to')}>
            <Input type="date" value={to} max={today} onChange={(_, d) => setTo(d.value)} data-testid="range-to" />
          </Field>
          <Button type="submit" appearance="primary" className={styles.apply} data-testid="range-apply">
            {t('usage.range.apply')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
