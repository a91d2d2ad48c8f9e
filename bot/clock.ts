/** The one place that reads the wall clock. Logic takes a Clock (or a Date) so tests can fix time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const time = new Date(at);
  return { now: () => new Date(time.getTime()) };
}
