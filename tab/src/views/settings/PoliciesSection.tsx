import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { Select } from '@fluentui/react-select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { GlobeRegular, PeopleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { GlobalPolicyResponse, PoliciesResponse, PolicyApplyResponse } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { newIdempotencyKey } from '../../api/idempotency';
import { PolicyImportPanel } from './PolicyImportPanel';
import { policySourceText, presetText } from './policyText';
import { asApiError } from '../../api/apiError';
import { apiErrorText, SectionState } from './SectionState';
import { Panel } from '../../ui/Panel';
import { useSettingsStyles } from './settingsStyles';
import { shownData, useApiGet } from '../../data/useApiGet';

/** The tenant's global dial-out policy and the per-user assignments, imported from a Get-CsOnlineUser export. */
export function PoliciesSection({ readOnly }: { readOnly: boolean }) {
  const styles = useSettingsStyles();
  const { resource, reload } = useApiGet<PoliciesResponse>('/policies');
  const [imported, setImported] = useState<PolicyApplyResponse | null>(null);
  const policies = shownData(resource);
  return (
    <div className={styles.section}>
      <SectionState resource={resource} onRetry={reload} />
      {policies ? <GlobalPolicyPanel policies={policies} readOnly={readOnly} onSaved={reload} /> : null}
      {readOnly ? null : (
        <PolicyImportPanel
          imported={imported}
          onStart={() => setImported(null)}
          onImported={(result) => {
            setImported(result);
            reload();
          }}
        />
      )}
      {policies ? <AssignmentsPanel policies={policies} /> : null}
    </div>
  );
}

function GlobalPolicyPanel({ policies, readOnly, onSaved }: { policies: PoliciesResponse; readOnly: boolean; onSaved(): void }) {
  const t = useStrings();
  const { api, format } = useSession();
  const styles = useSettingsStyles();
  const [choice, setChoice] = useState(policies.global.name);
  const [saving, setSaving] = useState(false);
  // Kept after a failure: trying the same choice again (the answer may have been lost) reuses the key, so it saves once.
  const [pending, setPending] = useState<{ key: string; name: string } | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const chosen = policies.presets.find((p) => p.name === choice);

  const save = async () => {
    const attempt = pending?.name === choice ? pending : { key: newIdempotencyKey(), name: choice };
    setPending(attempt);
    setSaving(true);
    setMessage(null);
    try {
      const result = await api.put<GlobalPolicyResponse>('/settings/global-policy', { policyName: choice }, { idempotencyKey: attempt.key });
      setPending(null);
      setMessage({ intent: 'success', text: t('settings.policies.saved', { name: result.global.name }) });
      onSaved();
    } catch (error) {
      setMessage({ intent: 'error', text: apiErrorText(t, asApiError(error)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel title={t('settings.policies.globalTitle')} icon={<GlobeRegular />} testId="global-policy">
      <Body1 as="p" className={styles.note}>
        {t('settings.policies.globalIntro')}
      </Body1>
      <Body1 as="p" data-testid="global-policy-current">
        {t('settings.policies.current', { name: policies.global.name, source: policySourceText(t, policies.global.source), date: format.dateTime(policies.global.setAt) })}
      </Body1>
      {readOnly ? null : (
        <>
          <Field className={styles.pickerSelect} label={t('settings.policies.choose')} hint={chosen ? presetText(t, chosen) : undefined}>
            <Select value={choice} onChange={(_, data) => setChoice(data.value)} data-testid="global-policy-select">
              {policies.presets.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={saving || choice === policies.global.name} onClick={() => void save()} data-testid="global-policy-save">
              {saving ? t('settings.saving') : t('settings.policies.save')}
            </Button>
          </div>
        </>
      )}
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </Panel>
  );
}

function AssignmentsPanel({ policies }: { policies: PoliciesResponse }) {
  const t = useStrings();
  const { format } = useSession();
  const styles = useSettingsStyles();
  return (
    <Panel title={t('settings.policies.assignmentsTitle')} icon={<PeopleRegular />} testId="policy-assignments">
      {policies.assignments.length === 0 ? (
        <Body1 as="p" className={styles.note}>
          {t('settings.policies.assignmentsNone')}
        </Body1>
      ) : (
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={t('settings.policies.assignmentsTitle')}>
          <Table size="small" aria-label={t('settings.policies.assignmentsTitle')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('settings.policies.person')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.policies.policy')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.policies.source')}</TableHeaderCell>
                <TableHeaderCell>{t('settings.policies.date')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {policies.assignments.map((a) => (
                <TableRow key={a.userId} data-testid="policy-assignment">
                  <TableCell>{a.displayName ? `${a.displayName} (${a.userPrincipalName ?? a.userId})` : (a.userPrincipalName ?? a.userId)}</TableCell>
                  <TableCell className={styles.breakable}>{a.policyName.toLowerCase() === 'global' ? t('settings.policies.followsGlobal') : a.policyName}</TableCell>
                  <TableCell>{policySourceText(t, a.source)}</TableCell>
                  <TableCell>{format.dateTime(a.assignedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Panel>
  );
}
