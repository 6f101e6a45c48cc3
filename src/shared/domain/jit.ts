/**
 * Joint investigation team (JIT) agreements: lifecycle, duration and extensions, and the rule
 * that access to the shared workspace follows the agreement. Pure: `today` (YYYY-MM-DD, the
 * node's calendar date) is always a parameter.
 */
export const JIT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
export type JitStatus = (typeof JIT_STATUSES)[number];

export const JIT_MEMBER_ROLES = ['leader', 'member', 'seconded'] as const;
export type JitMemberRole = (typeof JIT_MEMBER_ROLES)[number];

export const JIT_WORKSPACE_KINDS = ['note', 'document_reference'] as const;
export type JitWorkspaceKind = (typeof JIT_WORKSPACE_KINDS)[number];

/** Roles of local staff who may sit in a team (law enforcement and judicial staff). */
export const JIT_LOCAL_MEMBER_ROLES = [
  'prosecutor',
  'investigator',
  'central_authority_officer',
] as const;

/** ISO dates compare correctly as strings. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The status that counts: an agreement still marked active after its end date has expired, at
 * read time too, before any sweep or command records it.
 */
export function effectiveJitStatus(
  agreement: { status: JitStatus; endsOn: string },
  today: string,
): JitStatus {
  return agreement.status === 'active' && today > agreement.endsOn ? 'expired' : agreement.status;
}

/** The shared workspace is open only while the agreement is in force. */
export function isWorkspaceOpen(
  agreement: { status: JitStatus; startsOn: string; endsOn: string },
  today: string,
): boolean {
  return (
    effectiveJitStatus(agreement, today) === 'active' &&
    today >= agreement.startsOn &&
    today <= agreement.endsOn
  );
}

export type JitCheck<Code extends string> = { ok: true } | { ok: false; code: Code };

/** Parties: at least two different States, one of them the node's own. */
export function checkJitParties(
  parties: readonly { countryCode: string }[],
  nodeCountry: string,
): JitCheck<'jit.parties_need_two_countries' | 'jit.parties_must_include_node'> {
  const countries = new Set(parties.map((party) => party.countryCode));
  if (countries.size < 2) return { ok: false, code: 'jit.parties_need_two_countries' };
  if (!countries.has(nodeCountry)) return { ok: false, code: 'jit.parties_must_include_node' };
  return { ok: true };
}

export function checkJitDuration(
  startsOn: string,
  endsOn: string,
): JitCheck<'jit.ends_before_start'> {
  return endsOn >= startsOn ? { ok: true } : { ok: false, code: 'jit.ends_before_start' };
}

/**
 * draft → active once signed (signature not in the future) and while today falls within the
 * agreed duration.
 */
export function checkActivation(
  agreement: { status: JitStatus; startsOn: string; endsOn: string },
  signedOn: string,
  today: string,
): JitCheck<'jit.cannot_activate' | 'jit.signed_in_future' | 'jit.outside_duration'> {
  if (agreement.status !== 'draft') return { ok: false, code: 'jit.cannot_activate' };
  if (signedOn > today) return { ok: false, code: 'jit.signed_in_future' };
  if (today < agreement.startsOn || today > agreement.endsOn) {
    return { ok: false, code: 'jit.outside_duration' };
  }
  return { ok: true };
}

/** Termination and extension act on an agreement in force (not past its end date). */
export function checkInForce(
  agreement: { status: JitStatus; endsOn: string },
  today: string,
): JitCheck<'jit.agreement_not_active'> {
  return effectiveJitStatus(agreement, today) === 'active'
    ? { ok: true }
    : { ok: false, code: 'jit.agreement_not_active' };
}

/** An extension moves the end date later, never earlier, while the agreement is in force. */
export function checkExtension(
  agreement: { status: JitStatus; endsOn: string },
  newEndsOn: string,
  today: string,
): JitCheck<'jit.agreement_not_active' | 'jit.extension_not_later'> {
  const inForce = checkInForce(agreement, today);
  if (!inForce.ok) return inForce;
  return newEndsOn > agreement.endsOn
    ? { ok: true }
    : { ok: false, code: 'jit.extension_not_later' };
}
