/**
 * The billing domain (architecture "Folders", layer 4): pure functions and types for rates, estimates, dial-out
 * verdicts, eligibility, the credit ledger and the forecast. No I/O, no clock, no SDK.
 */
export * from './money';
export * from './result';
export * from './remedies';
export * from './time';
export * from './settings';
export * from './settings-json';

export * from './reference/dial-out-policies';
export * from './reference/zone-a';
export * from './reference/country-availability';
export * from './reference/licences';
export * from './reference/call-types';

export * from './numbers/number-types';
export * from './numbers/phone-number';
export * from './numbers/mask-phone-number';

export * from './rates/rate-card';
export * from './rates/rate-card-csv';
export * from './rates/rate-card-to-csv';
export * from './rates/learned-rates';
export * from './rates/rate-lookup';
export * from './rates/demo-rate-card';

export * from './estimate/call-charge';
export * from './estimate/meeting-cost-estimate';
export * from './estimate/estimate-balance';

export * from './dial-out/effective-policy';
export * from './dial-out/destination';
export * from './dial-out/dial-out-reasons';
export * from './dial-out/balance-coverage';
export * from './dial-out/dial-out-verdict';

export * from './eligibility/eligibility-checklist';

export * from './ledger/ledger-entries';
export * from './ledger/lot-pool';
export * from './ledger/ledger-view';
export * from './ledger/credit-balance';
export * from './ledger/postpaid-spend';

export * from './forecast/run-rate';
export * from './forecast/spend-forecast';
