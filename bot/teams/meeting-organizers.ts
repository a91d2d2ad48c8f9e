/**
 * Who organizes a meeting: Teams' meeting info (TeamsInfo.getMeetingInfo → GET {serviceUrl}/v1/meetings/{id}), which
 * the bot may read where it is installed in the meeting (RSC OnlineMeeting.ReadBasic.Chat in the manifest).
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';

export interface MeetingOrganizer {
  /** The organizer's Teams id (29:…): what a card's refresh.userIds names. */
  readonly id: string;
  /** Entra object id, lower-case: what the directory, the policies and the usage know them by. */
  readonly aadObjectId: string;
  /** The organizer's tenant; another tenant's organizer is not ours to advise. */
  readonly tenantId: string | null;
}

export interface MeetingOrganizerSource {
  organizerOf(context: TurnContext, meetingId: string): Promise<MeetingOrganizer | null>;
}

export class TeamsMeetingOrganizers implements MeetingOrganizerSource {
  async organizerOf(context: TurnContext, meetingId: string): Promise<MeetingOrganizer | null> {
    const { organizer } = await TeamsInfo.getMeetingInfo(context, meetingId);
    if (!organizer?.id || !organizer.aadObjectId) return null;
    return { id: organizer.id, aadObjectId: organizer.aadObjectId.toLowerCase(), tenantId: organizer.tenantId ?? null };
  }
}
