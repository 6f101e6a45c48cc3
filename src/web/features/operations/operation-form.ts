import type { ParticipantRole } from '#shared/domain/operation.js';
import type { ParticipantBody } from './operations-api.js';

/** `<input type="datetime-local">` works in the browser's time zone; the API takes instants. */
export function toInstant(local: string): string {
  return new Date(local).toISOString();
}

/** Now plus `hours`, as a `datetime-local` value (local time, minutes). */
export function localDateTime(hours = 0, now = new Date()): string {
  const at = new Date(now.getTime() + hours * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(
    at.getHours(),
  )}:${pad(at.getMinutes())}`;
}

export type ParticipantDraft = {
  key: number;
  kind: 'agency' | 'foreign';
  agencyId: string;
  countryCode: string;
  authorityName: string;
  role: ParticipantRole;
};

export function emptyParticipant(key: number): ParticipantDraft {
  return { key, kind: 'agency', agencyId: '', countryCode: '', authorityName: '', role: 'support' };
}

/** A participant is either an agency of the country or a named foreign authority. */
export function isParticipantComplete(draft: ParticipantDraft): boolean {
  return draft.kind === 'agency'
    ? draft.agencyId !== ''
    : draft.countryCode !== '' && draft.authorityName.trim() !== '';
}

export function toParticipantBody(draft: ParticipantDraft): ParticipantBody {
  return draft.kind === 'agency'
    ? { agencyId: draft.agencyId, role: draft.role }
    : {
        countryCode: draft.countryCode,
        authorityName: draft.authorityName.trim(),
        role: draft.role,
      };
}
