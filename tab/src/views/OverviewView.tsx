import { DataTrendingRegular } from '@fluentui/react-icons';
import { ViewEmptyState } from './ViewLayout';

export function OverviewView() {
  return (
    <ViewEmptyState
      title="views.overview.title"
      summary="views.overview.summary"
      icon={<DataTrendingRegular />}
      empty="views.overview.empty"
      points={['views.overview.point1', 'views.overview.point2', 'views.overview.point3', 'views.overview.point4']}
    />
  );
}
