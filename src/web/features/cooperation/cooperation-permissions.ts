import type { SessionInfo } from '#shared/contracts/auth.js';
import type { CooperationRequestSummary } from '#shared/contracts/cooperation.js';
import {
  COOPERATION_COMMANDS,
  nextCooperationStatus,
  statusAfterEdit,
  type CooperationCommand,
} from '#shared/domain/cooperation.js';
import { hasAnyRole } from '#web/lib/session.js';
import { COOPERATION_DRAFTER_ROLES, draftableTypes } from './cooperation-api.js';

type Row = Pick<
  CooperationRequestSummary,
  'status' | 'direction' | 'type' | 'ownerAgencyId' | 'executingAgencyId'
>;

export type RequestPermissions = {
  mayEdit: boolean;
  mayDownload: boolean;
  mayAddEvidence: boolean;
  /** Lifecycle commands this user may give now (the check has its own panel). */
  commands: CooperationCommand[];
  mayCheck: boolean;
};

/**
 * Mirrors the server's cooperation policy so the page offers only what will be accepted: drafters
 * of the owning agency draft, check and withdraw; the central authority routes, sends and records
 * the other State's answers; the executing agency records execution. The server still decides.
 */
export function permissionsOf(
  session: SessionInfo | null | undefined,
  row: Row,
): RequestPermissions {
  const agencyId = session?.user.agencyId;
  const isCentral = hasAnyRole(session, ['central_authority_officer']);
  const isOwner = row.ownerAgencyId === agencyId && draftableTypes(session).includes(row.type);
  const isExecutor =
    row.executingAgencyId !== null &&
    row.executingAgencyId === agencyId &&
    hasAnyRole(session, ['prosecutor', 'investigator']);
  const mayGive = (command: CooperationCommand): boolean => {
    switch (command) {
      case 'check':
        return isCentral || isOwner;
      case 'partially_execute':
      case 'execute':
        return isCentral || isExecutor;
      case 'withdraw':
        return isCentral || (row.direction === 'outgoing' && isOwner);
      default:
        return isCentral;
    }
  };
  const possible = COOPERATION_COMMANDS.filter(
    (command) =>
      mayGive(command) && nextCooperationStatus(row.status, command, row.direction) !== null,
  );
  const working = isCentral || isOwner || isExecutor;
  return {
    mayEdit: (isCentral || isOwner) && statusAfterEdit(row.status, row.direction) !== null,
    mayDownload: working && hasAnyRole(session, COOPERATION_DRAFTER_ROLES),
    mayAddEvidence: working && !['draft', 'checked', 'refused', 'withdrawn'].includes(row.status),
    commands: possible.filter((command) => command !== 'check'),
    mayCheck: possible.includes('check'),
  };
}
