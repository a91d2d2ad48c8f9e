import { WalletRegular } from '@fluentui/react-icons';
import { ViewEmptyState } from './ViewLayout';

export function CreditsView() {
  return (
    <ViewEmptyState
      title="views.credits.title"
      summary="views.credits.summary"
      icon={<WalletRegular />}
      empty="views.credits.empty"
      points={['views.credits.point1', 'views.credits.point2', 'views.credits.point3']}
    />
  );
}
