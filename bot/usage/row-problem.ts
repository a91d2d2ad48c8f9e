/**
 * Why a source row could not be normalized. Codes, not text: hosts localize them (usage.importErrors.<reason>).
 */
export type RowProblemReason =
  | 'missing-field'
  | 'invalid-date'
  | 'invalid-duration'
  | 'invalid-amount'
  | 'invalid-currency'
  | 'invalid-value'
  | 'column-count'
  | 'csv-syntax'
  | 'missing-columns'
  | 'no-csv-in-zip'
  | 'not-csv-or-zip'
  | 'file-too-large'
  | 'empty-file';

export interface RowProblem {
  readonly reason: RowProblemReason;
  /** The field (Graph property or export column) at fault, when there is one. */
  readonly field?: string;
}

/** A problem located in a file: the 1-based line number of the physical CSV line where the record starts. */
export interface FileProblem extends RowProblem {
  readonly line: number;
}

export type Normalized<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

export function problem(reason: RowProblemReason, field?: string): { ok: false; problem: RowProblem } {
  return { ok: false, problem: field === undefined ? { reason } : { reason, field } };
}
