import { DataUsageRegular } from '@fluentui/react-icons';
import { ViewEmptyState } from './ViewLayout';

export function UsageView() {
  return (
    <ViewEmptyState
      title="views.usage.title"
      summary="views.usage.summary"
      icon={<DataUsageRegular />}
      empty="views.usage.empty"
      points={['views.usage.point1', 'views.usage.point2', 'views.usage.point3', 'views.usage.point4']}
    />
  );
}
