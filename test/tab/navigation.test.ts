import { initialView, viewsForRole } from '../../tab/src/shell/navigation';

describe('viewsForRole', () => {
  it.each([
    ['admin', ['overview', 'usage', 'credits', 'settings', 'myMeetings']],
    ['reader', ['overview', 'usage', 'credits', 'settings', 'myMeetings']],
    ['organizer', ['myMeetings']],
  ] as const)('gives %s the views %j', (role, views) => {
    expect(viewsForRole(role)).toEqual(views);
  });
});

describe('initialView', () => {
  it.each([
    ['admin', '', 'overview'],
    ['admin', '#usage', 'usage'],
    ['admin', '#/credits', 'credits'],
    ['admin', '#nonsense', 'overview'],
    ['organizer', '#overview', 'myMeetings'],
    ['organizer', '', 'myMeetings'],
  ] as const)('opens %s with hash %j on %s', (role, hash, view) => {
    expect(initialView(role, hash)).toBe(view);
  });
});
