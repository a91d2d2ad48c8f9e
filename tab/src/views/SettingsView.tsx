/** The Settings view lives in views/settings/ (rate card, dial-out policies, usage import, organization settings, audit). */
export { SettingsView } from './settings/SettingsView';
