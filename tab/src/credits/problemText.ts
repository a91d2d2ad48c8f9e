import type { ApiError } from '../api/apiError';
import { useSession, useStrings } from '../shell/shellContext';

const KNOWN = ['currency-differs-from-tenant', 'in-the-future', 'not-positive', 'negative', 'unknown-entry'] as const;
type Known = (typeof KNOWN)[number];

const isKnown = (code: string): code is Known => (KNOWN as readonly string[]).includes(code);

function problemCodes(error: ApiError): string[] {
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('problems' in details)) return [];
  const problems = (details as { problems: unknown }).problems;
  if (!Array.isArray(problems)) return [];
  return problems
    .map((p: unknown) => (typeof p === 'object' && p !== null && typeof (p as { code?: unknown }).code === 'string' ? (p as { code: string }).code : null))
    .filter((code): code is string => code !== null);
}

/** The ledger's refusals (issue 6 ledger rules) in the user's language; anything else by its code. */
export function useProblemText(): (error: ApiError) => string {
  const t = useStrings();
  const { me } = useSession();
  return (error) => {
    const codes = problemCodes(error);
    if (codes.length === 0) return error.kind === 'network' ? t('errors.network') : t('credits.problems.other', { code: error.code });
    return codes
      .map((code) =>
        isKnown(code)
          ? t(`credits.problems.${code}`, { currency: me.currency })
          : t('credits.problems.other', { code }),
      )
      .join(' ');
  };
}
