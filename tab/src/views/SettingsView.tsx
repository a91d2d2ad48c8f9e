import { SettingsRegular } from '@fluentui/react-icons';
import { ViewEmptyState } from './ViewLayout';

export function SettingsView() {
  return (
    <ViewEmptyState
      title="views.settings.title"
      summary="views.settings.summary"
      icon={<SettingsRegular />}
      empty="views.settings.empty"
      points={['views.settings.point1', 'views.settings.point2', 'views.settings.point3']}
    />
  );
}
