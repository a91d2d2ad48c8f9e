export { prepareUnderstanding, understand } from './understand';
export type {
  DateRange,
  DateRangeLabel,
  Intent,
  LineKind,
  LineRequest,
  MissingSlot,
  Understanding,
  UnderstandingContext,
  UnderstoodEntities,
} from './understanding.types';
