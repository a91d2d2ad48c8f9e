/**
 * The CSV upload flow the rate card and the policy import share: choose a file (size-checked) → preview it on the
 * server → its line errors, or the changes it would make → apply exactly that preview, under the preview's idempotency
 * key (a second click, or a retry after a lost answer, replays the first apply). A 409 means the data changed since
 * the preview: the caller's `outdated` text says so.
 */
import { useState } from 'react';
import type { CsvLineErrorJson } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import type { StringKey } from '../../strings/strings';
import { newIdempotencyKey } from '../../api/idempotency';
import { asApiError } from '../../api/apiError';
import { apiErrorText } from './SectionState';

export const MAX_CSV_FILE_MB = 8;

type PreviewAnswer = { ok: true; fingerprint: string } | { ok: false; errors: CsvLineErrorJson[] };

export type CsvStep<P> =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'errors'; errors: CsvLineErrorJson[] }
  | { kind: 'preview'; csv: string; preview: P; key: string }
  | { kind: 'failed'; message: string };

export interface CsvPreviewApplyOptions<R> {
  /** API paths under /api/v1, e.g. '/rates/preview' and '/rates/apply'. */
  previewPath: string;
  applyPath: string;
  /** What a 409 on apply means: the data changed since the preview. */
  outdated: StringKey;
  onStart(): void;
  onApplied(result: R): void;
}

export function useCsvPreviewApply<A extends PreviewAnswer, R>(options: CsvPreviewApplyOptions<R>) {
  type Preview = Extract<A, { ok: true }>;
  const t = useStrings();
  const { api } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [step, setStep] = useState<CsvStep<Preview>>({ kind: 'idle' });
  const [applying, setApplying] = useState(false);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setStep({ kind: 'idle' });
    setFileProblem(chosen && chosen.size > MAX_CSV_FILE_MB * 1024 * 1024 ? t('settings.file.tooLarge', { size: MAX_CSV_FILE_MB }) : null);
  };

  const preview = async () => {
    if (!file) return;
    options.onStart();
    setStep({ kind: 'busy' });
    try {
      const csv = await file.text();
      const answer = await api.post<A>(options.previewPath, { csv, fileName: file.name });
      setStep(answer.ok ? { kind: 'preview', csv, preview: answer as Preview, key: newIdempotencyKey() } : { kind: 'errors', errors: answer.errors });
    } catch (error) {
      setStep({ kind: 'failed', message: apiErrorText(t, asApiError(error)) });
    }
  };

  const apply = async () => {
    if (step.kind !== 'preview') return;
    setApplying(true);
    try {
      const result = await api.post<R>(options.applyPath, { csv: step.csv, fingerprint: step.preview.fingerprint }, { idempotencyKey: step.key });
      setStep({ kind: 'idle' });
      setFile(null);
      options.onApplied(result);
    } catch (error) {
      const failure = asApiError(error);
      setStep({ kind: 'failed', message: failure.status === 409 ? t(options.outdated) : apiErrorText(t, failure) });
    } finally {
      setApplying(false);
    }
  };

  return {
    file,
    fileProblem,
    step,
    applying,
    choose,
    preview: () => void preview(),
    apply: () => void apply(),
    cancel: () => setStep({ kind: 'idle' }),
    /** The preview button can be pressed. */
    canPreview: file !== null && fileProblem === null && step.kind !== 'busy',
  };
}
