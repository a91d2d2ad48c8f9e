import type { NumberType as LibNumberType, PhoneNumberType } from 'libphonenumber-js/max';

/**
 * The kinds of phone number the domain reasons about (domain-facts §3.4: premium-rate, shared-cost and toll-free
 * destinations need care). Names follow libphonenumber's types in kebab case.
 */
export const NUMBER_TYPES = [
  'fixed-line',
  'mobile',
  'fixed-line-or-mobile',
  'toll-free',
  'premium-rate',
  'shared-cost',
  'voip',
  'personal',
  'pager',
  'uan',
  'voicemail',
] as const;

export type NumberType = (typeof NUMBER_TYPES)[number];

const FROM_LIBPHONENUMBER: Record<PhoneNumberType, NumberType> = {
  FIXED_LINE: 'fixed-line',
  MOBILE: 'mobile',
  FIXED_LINE_OR_MOBILE: 'fixed-line-or-mobile',
  TOLL_FREE: 'toll-free',
  PREMIUM_RATE: 'premium-rate',
  SHARED_COST: 'shared-cost',
  VOIP: 'voip',
  PERSONAL_NUMBER: 'personal',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

/** libphonenumber leaves the type undefined when its metadata cannot tell; we keep that as null, never a guess. */
export function numberTypeFromLibphonenumber(type: LibNumberType): NumberType | null {
  return type === undefined ? null : FROM_LIBPHONENUMBER[type];
}

export function isNumberType(text: string): text is NumberType {
  return (NUMBER_TYPES as readonly string[]).includes(text);
}
