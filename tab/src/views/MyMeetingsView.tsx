import { CalendarPersonRegular } from '@fluentui/react-icons';
import { ViewEmptyState } from './ViewLayout';

export function MyMeetingsView() {
  return (
    <ViewEmptyState
      title="views.myMeetings.title"
      summary="views.myMeetings.summary"
      icon={<CalendarPersonRegular />}
      empty="views.myMeetings.empty"
      points={['views.myMeetings.point1', 'views.myMeetings.point2', 'views.myMeetings.point3']}
    />
  );
}
