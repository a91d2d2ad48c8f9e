import { toDecimalString } from '../money';
import { RATE_CARD_COLUMNS } from './rate-card-csv';
import type { RateCard } from './rate-card';

/**
 * Writes a card in the import format, so an admin can download, edit and re-upload it, and the demo card can be
 * seeded through the same import as an admin's. Amounts keep every micro-unit digit: parsing the text gives the card back.
 */
export function rateCardToCsv(card: RateCard): string {
  const lines = card.entries.map((e) =>
    [
      e.callKind,
      e.country,
      e.numberType ?? '',
      e.rate.perMinute.currency,
      toDecimalString(e.rate.perMinute),
      toDecimalString(e.rate.connectionFee),
      e.effectiveFrom,
    ].join(','),
  );
  return [RATE_CARD_COLUMNS.join(','), ...lines].join('\n') + '\n';
}
