import type { DialOutPolicyPresetJson, PolicySourceJson } from '../../../../bot/api/contracts';
import type { Translate } from '../../strings/strings';

export function policySourceText(t: Translate, source: PolicySourceJson): string {
  return t(`settings.policies.sources.${source}`);
}

/** "Meetings: any destination · Own calls: domestic only" — what a preset allows. */
export function presetText(t: Translate, preset: DialOutPolicyPresetJson): string {
  return `${t('settings.policies.meeting', { setting: t(`settings.policies.meetingSettings.${preset.meetingDialOut}`) })} · ${t('settings.policies.userCalls', {
    setting: t(`settings.policies.userSettings.${preset.userPstn}`),
  })}`;
}
