import { Badge } from '@fluentui/react-badge';
import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { Body1, Caption1 } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AdminJson } from '../../../../bot/api/contracts';
import { useSession, useStrings } from '../../shell/shellContext';
import { makeStyles } from '../../ui/griffel';
import { useSettingsStyles } from './settingsStyles';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minHeight: '32px' },
  who: { display: 'flex', flexDirection: 'column' },
  secondary: { color: tokens.colorNeutralForeground2 },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The admin allow-list: the people on it with their names; the deployment's own admins (ADMIN_OBJECT_IDS) and the
 * signed-in admin cannot be removed here. New entries (a UPN or an object id) are looked up when the form is saved.
 */
export function AdminList({ admins, ids, readOnly, problem, onChange }: { admins: readonly AdminJson[]; ids: readonly string[]; readOnly: boolean; problem?: string; onChange(ids: string[]): void }) {
  const t = useStrings();
  const { me } = useSession();
  const styles = useStyles();
  const shared = useSettingsStyles();
  const [adding, setAdding] = useState('');
  const known = new Map(admins.map((a) => [a.id.toLowerCase(), a]));
  const listed = new Set(ids.map((id) => id.toLowerCase()));
  const configOnly = admins.filter((a) => a.fromConfig && !listed.has(a.id.toLowerCase()));
  const rows = [...ids.map((id) => ({ id, admin: known.get(id.toLowerCase()) ?? null })), ...configOnly.map((a) => ({ id: a.id, admin: a }))];

  const add = () => {
    const entry = adding.trim();
    if (!entry || listed.has(entry.toLowerCase())) return;
    onChange([...ids, entry]);
    setAdding('');
  };

  return (
    <fieldset className={shared.fieldset}>
      <legend className={shared.legend}>{t('settings.tenant.admins')}</legend>
      <Body1 as="p" className={`${shared.note} ${shared.wide}`}>
        {t('settings.tenant.adminsIntro')}
      </Body1>
      <ul className={`${styles.list} ${shared.wide}`} data-testid="admin-list">
        {rows.map(({ id, admin }) => {
          const you = id.toLowerCase() === me.userId.toLowerCase();
          const name = admin?.displayName ?? admin?.userPrincipalName ?? id;
          return (
            <li key={id} className={styles.item}>
              <span className={styles.who}>
                <Body1>{name}</Body1>
                <Caption1 className={styles.secondary}>{admin ? (admin.userPrincipalName ?? id) : t('settings.tenant.adminPending')}</Caption1>
              </span>
              {you ? <Badge appearance="tint">{t('settings.tenant.adminYou')}</Badge> : null}
              {admin?.fromConfig ? <Badge appearance="outline">{t('settings.tenant.adminFromConfig')}</Badge> : null}
              {readOnly || you || admin?.fromConfig ? null : (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={t('settings.tenant.removeAdmin', { name })}
                  title={t('settings.tenant.removeAdmin', { name })}
                  onClick={() => onChange(ids.filter((other) => other !== id))}
                />
              )}
            </li>
          );
        })}
      </ul>
      {problem ? (
        <Caption1 role="alert" className={`${styles.error} ${shared.wide}`}>
          {problem}
        </Caption1>
      ) : null}
      {readOnly ? null : (
        <div className={`${styles.add} ${shared.wide}`}>
          <Field label={t('settings.tenant.addAdmin')} hint={t('settings.tenant.addAdminHint')}>
            <Input
              value={adding}
              autoComplete="off"
              onChange={(_, data) => setAdding(data.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
              data-testid="admin-add-input"
            />
          </Field>
          <Button icon={<AddRegular />} onClick={add} disabled={!adding.trim()}>
            {t('settings.tenant.add')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
