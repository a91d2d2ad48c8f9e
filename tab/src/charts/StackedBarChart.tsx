import { Button } from '@fluentui/react-button';
import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Table } from '@fluentui/react-table';
import { Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { TableSimpleRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { makeStyles } from '../ui/griffel';
import { labelEvery, niceTicks } from './chartScale';

export interface ChartSeries {
  id: string;
  label: string;
  /** A CSS color, usually a Fluent token (a var() reference, so it follows the theme). */
  color: string;
  /** Stripes or dots as well as colour, so series differ in high contrast and for colour-blind readers. */
  pattern: 'solid' | 'stripes' | 'dots' | 'crosshatch';
}

export interface ChartColumn {
  id: string;
  /** Short label under the bar ("Mar 3"). */
  axisLabel: string;
  /** Full label for the table and tooltips ("Monday, March 3, 2025"). */
  label: string;
  /** One value per series, for drawing only (exact figures are in `display`). */
  values: readonly number[];
  /** Each value formatted exactly, one per series. */
  display: readonly string[];
  totalDisplay: string;
}

export interface StackedBarChartProps {
  /** The chart's accessible name; the visible heading is the caller's. */
  title: string;
  /** One sentence a screen reader hears after the title (total, highest period). */
  summary: string;
  series: readonly ChartSeries[];
  columns: readonly ChartColumn[];
  formatTick(value: number): string;
  periodHeader: string;
  totalHeader: string;
  showTableLabel: string;
  hideTableLabel: string;
  testId?: string;
}

const HEIGHT = 240;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 64 };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '14px', height: '14px', flexShrink: 0, borderRadius: tokens.borderRadiusSmall },
  plot: { width: '100%', minWidth: 0 },
  svg: { display: 'block', overflow: 'visible' },
  axisText: { fill: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100, fontFamily: tokens.fontFamilyBase },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  baseline: { stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: 1 },
  tableToggle: { alignSelf: 'flex-start' },
  tableWrap: { maxHeight: '360px', overflowY: 'auto' },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

function PatternDefs({ series, idPrefix }: { series: readonly ChartSeries[]; idPrefix: string }) {
  const overlay = tokens.colorNeutralBackground1;
  return (
    <defs>
      {series.map((s, i) => (
        <pattern key={s.id} id={`${idPrefix}-${i}`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={s.color} />
          {s.pattern === 'stripes' || s.pattern === 'crosshatch' ? (
            <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={overlay} strokeWidth="1.2" />
          ) : null}
          {s.pattern === 'crosshatch' ? <path d="M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" stroke={overlay} strokeWidth="1.2" /> : null}
          {s.pattern === 'dots' ? <circle cx="3" cy="3" r="1.2" fill={overlay} /> : null}
        </pattern>
      ))}
    </defs>
  );
}

function Swatch({ series, idPrefix, index }: { series: ChartSeries; idPrefix: string; index: number }) {
  const styles = useStyles();
  return (
    <svg className={styles.swatch} viewBox="0 0 14 14" aria-hidden="true">
      <PatternDefs series={[series]} idPrefix={`${idPrefix}-legend-${index}`} />
      <rect width="14" height="14" fill={`url(#${idPrefix}-legend-${index}-0)`} />
    </svg>
  );
}

/** Width of the element, following resizes (Teams panes change size). */
function useWidth(fallback: number): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(element.clientWidth || fallback);
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width];
}

/**
 * A small stacked bar chart in SVG: one bar per period, one segment per series. The SVG is one image with a name and
 * a summary; the figures themselves are in a data table the user can open (WCAG 1.1.1), not hidden in the drawing.
 */
export function StackedBarChart(props: StackedBarChartProps) {
  const { title, summary, series, columns, formatTick } = props;
  const styles = useStyles();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [plotRef, width] = useWidth(720);
  const [tableOpen, setTableOpen] = useState(false);

  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const totals = columns.map((c) => c.values.reduce((sum, v) => sum + Math.max(0, v), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1] ?? 1;
  const slot = columns.length > 0 ? plotWidth / columns.length : plotWidth;
  const barWidth = Math.max(1, Math.min(48, slot * 0.72));
  // Callers that label only some columns (month starts) get every label they gave; otherwise labels are thinned to fit.
  const sparse = columns.some((c) => c.axisLabel === '');
  const every = sparse ? 1 : labelEvery(columns.length, plotWidth, 72);
  const y = (value: number): number => MARGIN.top + plotHeight - (value / top) * plotHeight;

  return (
    <div className={styles.root} data-testid={props.testId}>
      <ul className={styles.legend} aria-label={title}>
        {series.map((s, i) => (
          <li key={s.id} className={styles.legendItem}>
            <Swatch series={s} idPrefix={id} index={i} />
            <Caption1>{s.label}</Caption1>
          </li>
        ))}
      </ul>
      <div ref={plotRef} className={styles.plot}>
        <svg
          className={styles.svg}
          width={width}
          height={HEIGHT}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          data-columns={columns.length}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          <PatternDefs series={series} idPrefix={id} />
          {ticks.map((tick) => (
            <g key={tick}>
              <line className={tick === 0 ? styles.baseline : styles.grid} x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} />
              <text className={styles.axisText} x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {columns.map((column, index) => {
            const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
            let base = 0;
            return (
              <g key={column.id} data-column={column.id}>
                <title>{`${column.label}: ${column.totalDisplay}`}</title>
                {column.values.map((value, s) => {
                  if (!(value > 0)) return null;
                  const y0 = y(base);
                  base += value;
                  const y1 = y(base);
                  return (
                    <rect
                      key={series[s]?.id ?? s}
                      x={x}
                      y={y1}
                      width={barWidth}
                      height={Math.max(0.5, y0 - y1)}
                      fill={`url(#${id}-${s})`}
                      stroke={tokens.colorNeutralBackground1}
                      strokeWidth={barWidth > 4 ? 0.75 : 0}
                    />
                  );
                })}
                {column.axisLabel !== '' && index % every === 0 ? (
                  <text className={styles.axisText} x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle">
                    {column.axisLabel}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <Button
        className={styles.tableToggle}
        appearance="subtle"
        icon={<TableSimpleRegular />}
        aria-expanded={tableOpen}
        aria-controls={`${id}-table`}
        onClick={() => setTableOpen((open) => !open)}
      >
        {tableOpen ? props.hideTableLabel : props.showTableLabel}
      </Button>
      {tableOpen ? (
        <div className={styles.tableWrap} id={`${id}-table`} tabIndex={0} role="region" aria-label={title}>
          <Table size="small" aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{props.periodHeader}</TableHeaderCell>
                {series.map((s) => (
                  <TableHeaderCell key={s.id} className={styles.numeric}>
                    {s.label}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell className={styles.numeric}>{props.totalHeader}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {columns.map((column) => (
                <TableRow key={column.id}>
                  <TableCell>{column.label}</TableCell>
                  {series.map((s, i) => (
                    <TableCell key={s.id} className={styles.numeric}>
                      {column.display[i] ?? ''}
                    </TableCell>
                  ))}
                  <TableCell className={styles.numeric}>{column.totalDisplay}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : (
        <div id={`${id}-table`} hidden />
      )}
    </div>
  );
}
