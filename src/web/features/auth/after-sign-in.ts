import type { SessionInfo } from '#shared/contracts/auth.js';

function fromState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    // Only same-site paths: never bounce to an address someone put in the link.
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return '/';
}

export function pathAfterSignIn(session: SessionInfo, state: unknown): string {
  if (session.mfa === 'challenge_required') return '/mfa';
  if (session.mfa === 'enrolment_required') return '/mfa/enrol';
  return fromState(state);
}
