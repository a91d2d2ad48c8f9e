/** Axis arithmetic for the bar charts: a "nice" maximum and evenly spaced ticks, and which labels fit. Pure. */

/** 1, 2, 2.5 or 5 times a power of ten, at least `roughStep`. */
export function niceStep(roughStep: number): number {
  if (!(roughStep > 0) || !Number.isFinite(roughStep)) return 1;
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const fraction = roughStep / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Ticks from 0 to a nice maximum at or above `max`; about `count` intervals. An all-zero chart gets 0..1. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep((max > 0 ? max : 1) / count);
  const top = Math.max(step, Math.ceil((max > 0 ? max : 1) / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

/** Every how many columns an axis label fits, given the room per label. */
export function labelEvery(columns: number, plotWidth: number, labelWidth: number): number {
  if (columns <= 0) return 1;
  const fit = Math.max(1, Math.floor(plotWidth / labelWidth));
  return Math.max(1, Math.ceil(columns / fit));
}
