/** A problem with one line of an uploaded CSV (rate card, policy export): the tab explains each code. */
export interface CsvLineError {
  /** 1-based line where the record starts; 0 for the file as a whole. */
  readonly line: number;
  readonly code: string;
  readonly column?: string;
  /** The offending value, cut short. */
  readonly value?: string;
}

/** Reports at most this many problems; a file with more is wrong throughout and the first ones say how. */
export const MAX_REPORTED_LINE_ERRORS = 200;
