// What the planning form and the meeting page share: the meeting types one plans here, and the
// invitees as the API takes them.
import type { InviteeInput, InviteeCandidateFragment, MeetingType } from '../../gql/graphql';

/** The types a coordinator plans on the meetings page (evaluations are planned with the plan). */
export const PLANNED_MEETING_TYPES: readonly MeetingType[] = ['STARTUP', 'COOPERATION', 'COORDINATION', 'RESPONSIBILITY_GROUP'];

/** The length of a meeting unless one is given: the municipality's for an ansvarsgruppemøte. */
export function defaultDuration(type: MeetingType | '', groupMeetingMinutes: number): number {
  return type === 'RESPONSIBILITY_GROUP' ? groupMeetingMinutes : 60;
}

/** Who an invitation is for, the same way for a candidate and for someone invited already. */
export interface InviteeIdentity {
  kind: InviteeCandidateFragment['kind'];
  name: string;
  userId?: string | null;
  relativeId?: string | null;
}

/** One key per person, for checkboxes: the person, a user, a relative, or an outsider by name. */
export function inviteeKey(invitee: InviteeIdentity): string {
  if (invitee.kind === 'PERSON') return 'person';
  if (invitee.userId) return `user:${invitee.userId}`;
  if (invitee.relativeId) return `relative:${invitee.relativeId}`;
  return `name:${invitee.name}`;
}

/** The API's input for a candidate (an outside group member is named; the server takes their address from the group). */
export function inviteeInput(invitee: InviteeIdentity, email?: string | null): InviteeInput {
  if (invitee.kind === 'PERSON') return { isPerson: true };
  if (invitee.userId) return { userId: invitee.userId };
  if (invitee.relativeId) return { relativeId: invitee.relativeId };
  return { externalName: invitee.name, externalEmail: email ?? null };
}

export interface Guest {
  name: string;
  email: string;
}

/** A guest without an address is invited all the same, and gets no mail. */
export const guestInput = (guest: Guest): InviteeInput => ({ externalName: guest.name.trim(), externalEmail: guest.email.trim() || null });

/** An address is optional; one given must look like one. */
export const optionalEmail = (value: string) => !value.trim() || looksLikeEmail(value);

/** A koordineringsmøte has fixed participants: the person or a relative, and the coordinator. */
export function coordinationParticipantsMissing(candidates: readonly InviteeCandidateFragment[], chosen: readonly string[]): boolean {
  const picked = candidates.filter((candidate) => chosen.includes(inviteeKey(candidate)));
  const personSide = picked.some((candidate) => candidate.kind === 'PERSON' || candidate.kind === 'RELATIVE');
  const coordinator = picked.some((candidate) => candidate.isCoordinator);
  return !personSide || !coordinator;
}

/** A simple check of an e-mail address; the server checks it properly. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

export const LOCATION_MAX = 200;
export const VIDEO_LINK_MAX = 500;
export const TEXT_MAX = 4000;
export const NAME_MAX = 200;
