import { Button } from '@fluentui/react-button';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useStrings } from '../../shell/shellContext';
import type { StringKey } from '../../strings/strings';
import { useSettingsStyles } from './settingsStyles';

/** Under a CSV preview: apply exactly what is shown, or cancel; both wait while the apply is in flight. */
export function PreviewActions({ applyLabel, applying, onApply, onCancel, testId }: { applyLabel: StringKey; applying: boolean; onApply(): void; onCancel(): void; testId: string }) {
  const t = useStrings();
  const styles = useSettingsStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" icon={<CheckmarkRegular />} disabled={applying} onClick={onApply} data-testid={testId}>
        {applying ? t('settings.rates.applying') : t(applyLabel)}
      </Button>
      <Button icon={<DismissRegular />} disabled={applying} onClick={onCancel}>
        {t('settings.cancel')}
      </Button>
    </div>
  );
}
