import { Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { makeStyles } from '../../ui/griffel';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  input: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    maxWidth: '100%',
    '::file-selector-button': {
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      marginRight: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      cursor: 'pointer',
    },
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface FilePickerProps {
  label: string;
  accept: string;
  file: File | null;
  onFile(file: File | null): void;
  disabled?: boolean;
  problem?: string | null;
  testId?: string;
}

/** A native file input with a visible label (keyboard and screen-reader friendly as browsers make it), and its problem. */
export function FilePicker({ label, accept, file, onFile, disabled, problem, testId }: FilePickerProps) {
  const styles = useStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  const input = useRef<HTMLInputElement>(null);
  // After an import the panel forgets the file; the browser's input must forget it too.
  useEffect(() => {
    if (file === null && input.current) input.current.value = '';
  }, [file]);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => onFile(event.target.files?.[0] ?? null);
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        onChange={onChange}
        disabled={disabled}
        className={styles.input}
        aria-describedby={problem ? hintId : undefined}
        aria-invalid={problem ? true : undefined}
        data-testid={testId}
      />
      {problem ? (
        <Caption1 id={hintId} className={styles.error} role="alert">
          {problem}
        </Caption1>
      ) : null}
    </div>
  );
}
