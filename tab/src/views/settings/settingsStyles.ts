import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '../../ui/griffel';

/** Layout shared by the settings sections. */
export const useSettingsStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    alignItems: 'start',
    '@media (max-width: 1500px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  tableScroll: { overflowX: 'auto', maxHeight: '420px', overflowY: 'auto' },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  /** Column widths: a line number, a short code, a date and time, a person. */
  lineColumn: { width: '72px' },
  codeColumn: { width: '160px' },
  whenColumn: { width: '180px' },
  personColumn: { width: '220px' },
  pickerSelect: { maxWidth: '480px' },
  /** Policy names are long single words: let them break rather than overflow the cell. */
  breakable: { overflowWrap: 'anywhere' },
  code: {
    display: 'block',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    margin: 0,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  wide: { gridColumn: '1 / -1' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content auto', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  factValue: { margin: 0, fontVariantNumeric: 'tabular-nums' },
});
