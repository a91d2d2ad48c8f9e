import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { Radio, RadioGroup } from '@fluentui/react-radio';
import { Select } from '@fluentui/react-select';
import { BuildingRegular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { SettingsConflictJson, SettingsResponse, SettingsUpdateResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { AdminList } from './AdminList';
import { ConflictMessage } from './ConflictMessage';
import { newIdempotencyKey } from '../../api/idempotency';
import { RebuildProgress } from './RebuildProgress';
import { asApiError } from '../../api/apiError';
import { apiErrorText, SectionState } from './SectionState';
import { checkDraft, draftOf, fieldOfPath, type DraftField, type DraftProblem, type SettingsDraft } from './settingsDraft';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';
import { shownData, useApiGet } from '../../data/useApiGet';

/** The organization settings: loaded with their version (ETag), saved only over that version. */
export function TenantSettingsSection({ readOnly }: { readOnly: boolean }) {
  const { resource, reload } = useApiGet<SettingsResponse>('/settings');
  const styles = useSettingsStyles();
  // The version the form edits: the loaded one, then what a save answered, or the other admin's after a conflict.
  const [version, setVersion] = useState<SettingsResponse | null>(null);
  const [saved, setSaved] = useState<SettingsUpdateResponse | null>(null);
  const shown = version ?? shownData(resource);
  return (
    <div className={styles.section}>
      <SectionState resource={resource} onRetry={reload} />
      {shown ? (
        <SettingsForm
          key={shown.etag}
          version={shown}
          readOnly={readOnly}
          saved={saved}
          onSaved={(answer) => {
            setSaved(answer);
            setVersion(answer);
          }}
          onLoadTheirs={(theirs) => {
            setSaved(null);
            setVersion(theirs);
          }}
        />
      ) : null}
    </div>
  );
}

type ServerProblems = Partial<Record<DraftField, string>>;

function SettingsForm({
  version,
  readOnly,
  saved,
  onSaved,
  onLoadTheirs,
}: {
  version: SettingsResponse;
  readOnly: boolean;
  saved: SettingsUpdateResponse | null;
  onSaved(answer: SettingsUpdateResponse): void;
  onLoadTheirs(theirs: SettingsResponse): void;
}) {
  const t = useStrings();
  const { api, format } = useSession();
  const styles = useSettingsStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(version.settings));
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<ServerProblems>({});
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<SettingsConflictJson | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<{ key: string; body: string } | null>(null);
  const check = checkDraft(draft);
  const problems = showProblems && !check.ok ? check.problems : {};
  const currency = draft.currency;

  const countries = useMemo(
    () => [...version.choices.countries].map((code) => ({ code, name: format.country(code) })).sort((a, b) => a.name.localeCompare(b.name, format.locale)),
    [version.choices.countries, format],
  );
  const currencyNames = useMemo(() => new Intl.DisplayNames([format.locale], { type: 'currency' }), [format.locale]);

  const set = <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerProblems((p) => ({ ...p, [field]: undefined }));
  };

  const problemText = (problem: DraftProblem | undefined, server: string | undefined): string | undefined => {
    if (problem) return problem.code === 'out-of-range' ? t('settings.tenant.problems.out-of-range', { min: format.number(problem.min), max: format.number(problem.max) }) : t(`settings.tenant.problems.${problem.code}`);
    if (!server) return undefined;
    const known = ['unknown-country', 'unknown-time-zone', 'unknown-currency', 'invalid-amount', 'must-be-positive', 'out-of-range', 'unknown-user', 'not-a-user', 'too-many', 'cannot-remove-yourself'] as const;
    const code = known.find((k) => k === server);
    return code === 'out-of-range' ? t('settings.tenant.problems.invalid') : code ? t(`settings.tenant.problems.${code}`) : t('settings.tenant.problems.invalid');
  };
  const fieldProps = (field: DraftField) => {
    const message = problemText(problems[field], serverProblems[field]);
    return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowProblems(true);
    setFailure(null);
    if (!check.ok) return;
    const body = JSON.stringify(check.request);
    // The same request again (a retry after a lost answer) keeps its key, so it is saved once.
    const attempt = pending?.body === body ? pending : { key: newIdempotencyKey(), body };
    setPending(attempt);
    setSaving(true);
    try {
      const answer = await api.put<SettingsUpdateResponse>('/settings', check.request, { ifMatch: version.etag, idempotencyKey: attempt.key });
      setPending(null);
      onSaved(answer);
    } catch (error) {
      const failed = asApiError(error);
      if (failed.status === 412 && failed.details) {
        setConflict(failed.details as SettingsConflictJson);
      } else if (failed.status === 400 && failed.details) {
        const found: ServerProblems = {};
        for (const p of (failed.details as { problems?: Array<{ path: string; code: string }> }).problems ?? []) {
          const field = fieldOfPath(p.path);
          if (field) found[field] = p.code;
        }
        setServerProblems(found);
        setFailure(t('settings.tenant.invalid'));
      } else {
        setFailure(apiErrorText(t, failed));
      }
    } finally {
      setSaving(false);
    }
  };

  const radios = (field: 'billingModel' | 'durationRounding' | 'chargeRounding' | 'usageSourceOfTruth', options: ReadonlyArray<[string, string]>, label: string, hint?: string) => (
    <Field label={label} hint={hint} {...fieldProps(field)}>
      <RadioGroup value={draft[field]} disabled={readOnly} onChange={(_, data) => set(field, data.value as SettingsDraft[typeof field])}>
        {options.map(([value, text]) => (
          <Radio key={value} value={value} label={text} />
        ))}
      </RadioGroup>
    </Field>
  );
  const text = (field: 'highCostPerMinute' | 'lowBalanceMinutes' | 'monthlyBudget' | 'lowBalance' | 'runOutWithinDays' | 'spendSpikeFactor' | 'lotsExpiringWithinDays', label: string, hint: string, numeric: 'decimal' | 'numeric') => (
    <Field label={label} hint={hint} {...fieldProps(field)}>
      <Input value={draft[field]} inputMode={numeric} autoComplete="off" disabled={readOnly} onChange={(_, data) => set(field, data.value)} data-testid={`setting-${field}`} />
    </Field>
  );
  const group = (legend: string, children: ReactNode) => (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );

  return (
    <Panel title={t('settings.tenant.title')} icon={<BuildingRegular />} testId="tenant-settings">
      {saved ? (
        <MessageBar intent="success" data-testid="settings-saved">
          <MessageBarBody>{saved.changed ? t('settings.tenant.saved') : t('settings.tenant.unchanged')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {saved?.rebuildJob ? <RebuildProgress started={saved.rebuildJob} /> : null}
      {conflict ? <ConflictMessage conflict={conflict} mine={check.ok ? check.request : null} onLoadTheirs={() => onLoadTheirs(conflict.current)} /> : null}
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        {group(
          t('settings.tenant.organization'),
          <>
            <Field label={t('settings.tenant.fields.country')} hint={t('settings.tenant.fields.countryHint')} {...fieldProps('country')}>
              <Select value={draft.country} disabled={readOnly} onChange={(_, data) => set('country', data.value)} data-testid="setting-country">
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('settings.tenant.fields.timeZone')} hint={t('settings.tenant.fields.timeZoneHint')} {...fieldProps('timeZone')}>
              <Select value={draft.timeZone} disabled={readOnly} onChange={(_, data) => set('timeZone', data.value)} data-testid="setting-timeZone">
                {version.choices.timeZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('settings.tenant.fields.currency')} hint={t('settings.tenant.fields.currencyHint')} {...fieldProps('currency')}>
              <Select value={draft.currency} disabled={readOnly} onChange={(_, data) => set('currency', data.value)} data-testid="setting-currency">
                {version.choices.currencies.map((code) => (
                  <option key={code} value={code}>
                    {`${code} — ${currencyNames.of(code) ?? code}`}
                  </option>
                ))}
              </Select>
            </Field>
          </>,
        )}
        {group(
          t('settings.tenant.billing'),
          <>
            {radios('billingModel', [['prepaid', t('settings.tenant.fields.prepaid')], ['postpaid', t('settings.tenant.fields.postpaid')]], t('settings.tenant.fields.billingModel'))}
            {text('monthlyBudget', t('settings.tenant.fields.monthlyBudget', { currency }), t('settings.tenant.fields.monthlyBudgetHint'), 'decimal')}
            {radios('durationRounding', [['per-started-minute', t('settings.tenant.fields.per-started-minute')], ['per-second', t('settings.tenant.fields.per-second')]], t('settings.tenant.fields.durationRounding'))}
            {radios('chargeRounding', [['per-call', t('settings.tenant.fields.per-call')], ['per-line', t('settings.tenant.fields.per-line')]], t('settings.tenant.fields.chargeRounding'))}
          </>,
        )}
        {group(
          t('settings.tenant.dialOut'),
          <>
            {text('highCostPerMinute', t('settings.tenant.fields.highCostPerMinute', { currency }), t('settings.tenant.fields.highCostPerMinuteHint'), 'decimal')}
            {text('lowBalanceMinutes', t('settings.tenant.fields.lowBalanceMinutes'), t('settings.tenant.fields.lowBalanceMinutesHint'), 'numeric')}
            <Field className={styles.wide} label={t('settings.tenant.fields.usCaDomestic')} hint={t('settings.tenant.fields.usCaHint')} {...fieldProps('usCaDomestic')}>
              <RadioGroup value={draft.usCaDomestic ? 'domestic' : 'international'} disabled={readOnly} onChange={(_, data) => set('usCaDomestic', data.value === 'domestic')} data-testid="setting-usCaDomestic">
                <Radio value="international" label={t('settings.tenant.fields.usCaInternational')} />
                <Radio value="domestic" label={t('settings.tenant.fields.usCaDomesticOption')} />
              </RadioGroup>
            </Field>
          </>,
        )}
        {group(
          t('settings.tenant.alerts'),
          <>
            {text('lowBalance', t('settings.tenant.fields.lowBalance', { currency }), t('settings.tenant.fields.lowBalanceHint'), 'decimal')}
            {text('runOutWithinDays', t('settings.tenant.fields.runOutWithinDays'), t('settings.tenant.fields.runOutWithinDaysHint'), 'numeric')}
            {text('spendSpikeFactor', t('settings.tenant.fields.spendSpikeFactor'), t('settings.tenant.fields.spendSpikeFactorHint'), 'decimal')}
            {text('lotsExpiringWithinDays', t('settings.tenant.fields.lotsExpiringWithinDays'), t('settings.tenant.fields.lotsExpiringWithinDaysHint'), 'numeric')}
          </>,
        )}
        {group(
          t('settings.tenant.usageData'),
          radios(
            'usageSourceOfTruth',
            [['graph', t('settings.tenant.fields.graph')], ['export', t('settings.tenant.fields.export')]],
            t('settings.tenant.fields.usageSourceOfTruth'),
            t('settings.tenant.fields.usageSourceOfTruthHint'),
          ),
        )}
        <AdminList
          admins={version.admins}
          ids={draft.admins}
          readOnly={readOnly}
          problem={problemText(undefined, serverProblems.admins)}
          onChange={(admins) => set('admins', admins)}
        />
        {failure ? (
          <MessageBar intent="error">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        ) : null}
        {readOnly ? null : (
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={saving} data-testid="settings-save">
              {saving ? t('settings.saving') : t('settings.tenant.save')}
            </Button>
          </div>
        )}
      </form>
    </Panel>
  );
}
