import { moneyFromDecimal } from '../money';
import type { RateCard, RateCardEntry } from './rate-card';

/**
 * DEMO DATA, NOT MICROSOFT'S PRICES. No official PPM rates exist in the corpus (domain-facts §5), so these are
 * plausible, made-up USD figures for seeding the demo tenant. The card's `source: 'demo'` travels with every rate
 * looked up from it, so the hosts can label it.
 */
const DEMO_EFFECTIVE_FROM = '2024-01-01';
const DEMO_CURRENCY = 'USD';

/** country: [toll dial-in, toll-free dial-in, dial-out to fixed lines, dial-out to mobiles, connection fee per dial-out] */
const DEMO_PRICES: Readonly<Record<string, readonly [string, string, string, string, string]>> = {
  US: ['0.012', '0.032', '0.018', '0.018', '0'],
  CA: ['0.012', '0.034', '0.019', '0.019', '0'],
  GB: ['0.015', '0.055', '0.021', '0.065', '0'],
  IE: ['0.019', '0.072', '0.028', '0.088', '0'],
  FR: ['0.016', '0.061', '0.022', '0.071', '0'],
  DE: ['0.015', '0.058', '0.021', '0.079', '0'],
  NL: ['0.017', '0.065', '0.024', '0.085', '0'],
  BE: ['0.018', '0.069', '0.026', '0.092', '0'],
  ES: ['0.017', '0.063', '0.024', '0.068', '0'],
  IT: ['0.017', '0.066', '0.025', '0.073', '0'],
  PT: ['0.019', '0.074', '0.027', '0.081', '0'],
  CH: ['0.021', '0.121', '0.031', '0.151', '0.01'],
  SE: ['0.016', '0.064', '0.023', '0.059', '0'],
  PL: ['0.018', '0.084', '0.026', '0.049', '0'],
  RU: ['0.038', '0.181', '0.052', '0.142', '0.02'],
  JP: ['0.029', '0.134', '0.041', '0.118', '0.01'],
  CN: ['0.041', '0.158', '0.048', '0.048', '0.02'],
  HK: ['0.024', '0.098', '0.028', '0.028', '0'],
  TW: ['0.031', '0.142', '0.039', '0.094', '0.01'],
  KR: ['0.028', '0.127', '0.034', '0.061', '0'],
  SG: ['0.022', '0.091', '0.027', '0.027', '0'],
  IN: ['0.044', '0.189', '0.061', '0.061', '0.02'],
  AU: ['0.021', '0.087', '0.029', '0.089', '0'],
  NZ: ['0.024', '0.096', '0.033', '0.097', '0'],
  BR: ['0.036', '0.162', '0.047', '0.128', '0.02'],
  AR: ['0.048', '0.204', '0.063', '0.187', '0.03'],
  MX: ['0.029', '0.118', '0.036', '0.083', '0.01'],
  ZA: ['0.039', '0.171', '0.051', '0.146', '0.02'],
};

function demoEntries(): RateCardEntry[] {
  const entries: RateCardEntry[] = [];
  const none = moneyFromDecimal('0', DEMO_CURRENCY);
  for (const [country, [toll, tollFree, outFixed, outMobile, fee]] of Object.entries(DEMO_PRICES)) {
    const rate = (perMinute: string, connectionFee = none) => ({ perMinute: moneyFromDecimal(perMinute, DEMO_CURRENCY), connectionFee });
    const outFee = moneyFromDecimal(fee, DEMO_CURRENCY);
    entries.push(
      { callKind: 'dial-in-toll', country, numberType: null, rate: rate(toll), effectiveFrom: DEMO_EFFECTIVE_FROM },
      { callKind: 'dial-in-toll-free', country, numberType: null, rate: rate(tollFree), effectiveFrom: DEMO_EFFECTIVE_FROM },
      { callKind: 'dial-out', country, numberType: null, rate: rate(outFixed, outFee), effectiveFrom: DEMO_EFFECTIVE_FROM },
      { callKind: 'dial-out', country, numberType: 'mobile', rate: rate(outMobile, outFee), effectiveFrom: DEMO_EFFECTIVE_FROM },
    );
  }
  return entries;
}

export const DEMO_RATE_CARD: RateCard = { source: 'demo', entries: demoEntries() };
