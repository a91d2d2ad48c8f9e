import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-theme';
import type { HostTheme } from './teamsHost';

const THEMES: Record<HostTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export function fluentThemeFor(theme: HostTheme): Theme {
  return THEMES[theme];
}
