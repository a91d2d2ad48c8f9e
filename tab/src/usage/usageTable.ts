/**
 * The usage breakdown table's rows and its CSV, from one usage answer. The CSV holds exactly the rows the table shows,
 * in the same order, with raw values: ISO dates and instants, decimal amounts as the API sent them, a currency column.
 * Column names are stable identifiers (snake_case), not translated, so scripts can read the file in any language.
 */
import type { UsageAttributionJson, UsageFiguresJson, UsageGroupByJson, UsageResponse } from '../../../bot/api/contracts';
import type { CsvColumn } from './csv';
import type { UsageNames } from './usageNames';

export type TableDimension = Extract<UsageGroupByJson, 'day' | 'callKind' | 'country' | 'organizer' | 'conference'>;
export const TABLE_DIMENSIONS: readonly TableDimension[] = ['day', 'callKind', 'country', 'organizer', 'conference'];

export interface UsageRow {
  /** Unique within the table. */
  id: string;
  /** The group key as the API sent it; null for unknown/unattributed and for the "all others" row. */
  key: string | null;
  rest: boolean;
  name: string;
  figures: UsageFiguresJson;
  organizerName: string | null;
  organizerUpn: string | null;
  attribution: UsageAttributionJson | null;
  firstCallAt: string | null;
  lastCallAt: string | null;
}

export function usageRows(answer: UsageResponse, names: UsageNames, restName: string): UsageRow[] {
  const rows: UsageRow[] = answer.groups.map((group, index) => {
    let name: string;
    switch (answer.groupBy) {
      case 'callKind':
        name = names.callKind(group.key);
        break;
      case 'country':
        name = names.country(group.key);
        break;
      case 'organizer':
        name = names.organizer(group);
        break;
      case 'conference':
        name = names.conference(group);
        break;
      default:
        name = group.key ?? '';
    }
    return {
      id: group.key ?? `null-${index}`,
      key: group.key,
      rest: false,
      name,
      figures: group.figures,
      organizerName: group.organizer?.displayName ?? null,
      organizerUpn: group.organizer?.userPrincipalName ?? null,
      attribution: group.organizer?.attribution ?? null,
      firstCallAt: group.firstCallAt ?? null,
      lastCallAt: group.lastCallAt ?? null,
    };
  });
  if (answer.rest) {
    rows.push({
      id: '~rest',
      key: null,
      rest: true,
      name: restName,
      figures: answer.rest,
      organizerName: null,
      organizerUpn: null,
      attribution: null,
      firstCallAt: null,
      lastCallAt: null,
    });
  }
  return rows;
}

const KEY_COLUMNS: Record<TableDimension, CsvColumn<UsageRow>[]> = {
  day: [{ header: 'date', value: (r) => r.key }],
  callKind: [
    { header: 'call_kind', value: (r) => r.key },
    { header: 'call_kind_name', value: (r) => r.name },
  ],
  country: [
    { header: 'country_code', value: (r) => r.key },
    { header: 'country_name', value: (r) => r.name },
  ],
  organizer: [
    { header: 'organizer_id', value: (r) => r.key },
    { header: 'organizer_name', value: (r) => r.name },
    { header: 'organizer_upn', value: (r) => r.organizerUpn },
    { header: 'attribution', value: (r) => r.attribution },
  ],
  conference: [
    { header: 'conference_id', value: (r) => r.key },
    { header: 'organizer_name', value: (r) => r.organizerName },
    { header: 'organizer_upn', value: (r) => r.organizerUpn },
    { header: 'first_call_at', value: (r) => r.firstCallAt },
    { header: 'last_call_at', value: (r) => r.lastCallAt },
  ],
};

const FIGURE_COLUMNS: CsvColumn<UsageRow>[] = [
  { header: 'calls', value: (r) => r.figures.calls },
  { header: 'minutes', value: (r) => r.figures.minutes },
  { header: 'seconds', value: (r) => r.figures.seconds },
  { header: 'charge', value: (r) => r.figures.charge.amount },
  { header: 'connection_charge', value: (r) => r.figures.connectionCharge.amount },
  { header: 'total', value: (r) => r.figures.total.amount },
  { header: 'credit_charge', value: (r) => r.figures.creditCharge.amount },
  { header: 'currency', value: (r) => r.figures.total.currency },
];

/** The "all others" row has no key: it is marked in a column of its own rather than by a made-up key. */
const REST_COLUMN: CsvColumn<UsageRow> = { header: 'is_rest', value: (r) => (r.rest ? 'true' : 'false') };

export function usageCsvColumns(dimension: TableDimension, hasRest: boolean): CsvColumn<UsageRow>[] {
  return [...KEY_COLUMNS[dimension], ...(hasRest ? [REST_COLUMN] : []), ...FIGURE_COLUMNS];
}

export function csvFileName(dimension: TableDimension, from: string, to: string): string {
  return `ppm-usage-by-${dimension}-${from}-to-${to}.csv`;
}
