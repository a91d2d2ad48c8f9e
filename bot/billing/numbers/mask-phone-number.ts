const MASK = '*';
const MASKED_DIGITS = 4;

/**
 * Masks the last four digits of a phone number for logs and storage, as the admin center does for numbers of
 * organizations in several countries (domain-facts §6.1 "Obfuscation"). Separators stay in place and the length is
 * kept. Masking an already masked number (Graph may deliver them so) changes nothing, because a mask character counts
 * as one of the four.
 */
export function maskPhoneNumber(text: string): string {
  const chars = [...text.trim()];
  let masked = 0;
  for (let i = chars.length - 1; i >= 0 && masked < MASKED_DIGITS; i -= 1) {
    const c = chars[i]!;
    if ((c >= '0' && c <= '9') || c === MASK) {
      chars[i] = MASK;
      masked += 1;
    }
  }
  return chars.join('');
}
