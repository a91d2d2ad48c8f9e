import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-table';
import { Body1 } from '@fluentui/react-text';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { SettingsConflictJson, TenantSettingsJson } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { differingFields, draftOf } from './settingsDraft';
import { fieldLabel, fieldValueText } from './settingsText';

/** A save lost to someone else's: who saved, their version where it differs from this one, and a way to load it. */
export function ConflictMessage({ conflict, mine, onLoadTheirs }: { conflict: SettingsConflictJson; mine: TenantSettingsJson | null; onLoadTheirs(): void }) {
  const t = useStrings();
  const { format } = useSession();
  const theirs = conflict.current.settings;
  const names = (id: string) => conflict.current.admins.find((a) => a.id === id)?.displayName ?? id;
  const rows = mine ? differingFields(theirs, mine) : [];
  const who = conflict.lastChange;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="settings-conflict">
      <MessageBarBody>
        <MessageBarTitle>{t('settings.tenant.conflictTitle')}</MessageBarTitle>
        {who
          ? t('settings.tenant.conflictBody', { name: who.by.displayName ?? who.by.id, when: format.relative(who.at, new Date()) })
          : t('settings.tenant.conflictBodyUnknown')}{' '}
        {rows.length > 0 ? (
          <>
            <Body1 as="p">{t('settings.tenant.conflictDiff')}</Body1>
            <Table size="small" aria-label={t('settings.tenant.conflictDiff')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('settings.tenant.conflictField')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.tenant.conflictTheirs')}</TableHeaderCell>
                  <TableHeaderCell>{t('settings.tenant.conflictYours')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.field} data-testid="conflict-row">
                    <TableCell>{fieldLabel(t, row.field, theirs.currency)}</TableCell>
                    <TableCell>{fieldValueText(t, format, row.field, draftOf(theirs)[row.field], names)}</TableCell>
                    <TableCell>{fieldValueText(t, format, row.field, mine ? draftOf(mine)[row.field] : null, names)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwiseRegular />} onClick={onLoadTheirs} data-testid="settings-load-theirs">
          {t('settings.tenant.reload')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
