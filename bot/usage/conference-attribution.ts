/**
 * Attributes rows that name no user to the organizer seen on other rows of the same conference (architecture "Usage
 * sources"; the organizer of a dial-in is UNCERTAIN: domain-facts §1.5). Rows that name their user keep 'direct';
 * erased rows stay erased.
 */
import type { Organizer, PstnCall } from './pstn-call';

/** Conference → organizer from rows that name their user; the most frequent organizer wins, ties by smallest id. */
export function conferenceOrganizersOf(rows: Iterable<PstnCall>): Map<string, Organizer> {
  const counts = new Map<string, Map<string, { organizer: Organizer; n: number }>>();
  for (const row of rows) {
    if (!row.conferenceId || row.attribution !== 'direct' || !row.organizer) continue;
    let byUser = counts.get(row.conferenceId);
    if (!byUser) counts.set(row.conferenceId, (byUser = new Map()));
    const entry = byUser.get(row.organizer.userId);
    if (entry) entry.n += 1;
    else byUser.set(row.organizer.userId, { organizer: row.organizer, n: 1 });
  }
  const result = new Map<string, Organizer>();
  for (const [conferenceId, byUser] of counts) {
    const best = [...byUser.values()].sort((a, b) => b.n - a.n || (a.organizer.userId < b.organizer.userId ? -1 : 1))[0]!;
    result.set(conferenceId, best.organizer);
  }
  return result;
}

/** Rows needing a conference lookup: no user of their own, a conference id, not erased. */
export function needsConferenceOrganizer(row: PstnCall): boolean {
  return row.attribution !== 'direct' && row.attribution !== 'erased' && row.conferenceId !== null;
}

/** The row as attributed through `known`; the same object when nothing changes. */
export function attributeViaConference<T extends PstnCall>(row: T, known: ReadonlyMap<string, Organizer>): T {
  if (!needsConferenceOrganizer(row)) return row;
  const organizer = known.get(row.conferenceId!) ?? null;
  const attribution = organizer ? 'via-conference' : 'none';
  if (attribution === row.attribution && organizer?.userId === row.organizer?.userId) return row;
  return { ...row, organizer, attribution };
}
