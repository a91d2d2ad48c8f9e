import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { Tab, TabList } from '@fluentui/react-tabs';
import { useState } from 'react';
import { useSession, useStrings } from '../../shell/shellContext';
import type { StringKey } from '../../strings/strings';
import { ViewIntro } from '../ViewLayout';
import { AuditSection } from './AuditSection';
import { PoliciesSection } from './PoliciesSection';
import { RateCardSection } from './RateCardSection';
import { useSettingsStyles } from './settingsStyles';
import { TenantSettingsSection } from './TenantSettingsSection';
import { UsageImportSection } from './UsageImportSection';

const SECTIONS = ['rates', 'policies', 'usageImport', 'tenant', 'audit'] as const;
type SectionId = (typeof SECTIONS)[number];

/**
 * Settings for admins (readers see them read-only; organizers never get here): the rate card, dial-out policies, usage
 * import, organization settings and the audit, one section at a time.
 */
export function SettingsView() {
  const t = useStrings();
  const { me } = useSession();
  const styles = useSettingsStyles();
  const readOnly = me.role !== 'admin';
  // Importing usage is a write; a reader has nothing to see there.
  const sections = SECTIONS.filter((s) => !(readOnly && s === 'usageImport'));
  const [section, setSection] = useState<SectionId>('rates');

  return (
    <div className={styles.view} data-testid="settings">
      <ViewIntro title="views.settings.title" summary="views.settings.summary" />
      {readOnly ? (
        <MessageBar intent="info" data-testid="settings-read-only">
          <MessageBarBody>{t('settings.readOnly')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <TabList selectedValue={section} onTabSelect={(_, data) => setSection(data.value as SectionId)} aria-label={t('settings.sections.label')}>
        {sections.map((id) => (
          <Tab key={id} id={`settings-section-${id}`} value={id} aria-controls="settings-section-panel">
            {t(`settings.sections.${id}` as StringKey)}
          </Tab>
        ))}
      </TabList>
      <div id="settings-section-panel" role="tabpanel" aria-labelledby={`settings-section-${section}`}>
        {section === 'rates' ? <RateCardSection readOnly={readOnly} /> : null}
        {section === 'policies' ? <PoliciesSection readOnly={readOnly} /> : null}
        {section === 'usageImport' && !readOnly ? <UsageImportSection /> : null}
        {section === 'tenant' ? <TenantSettingsSection readOnly={readOnly} /> : null}
        {section === 'audit' ? <AuditSection /> : null}
      </div>
    </div>
  );
}
