import { AppError, ForbiddenError, InvalidInputError } from '#server/platform/errors.js';

/** A closed file is a record for the courts: nothing more is added to it. */
export const investigationClosedError = () =>
  new AppError('invalid_transition', 'investigation.closed', 'errors.investigationClosed');

/** A team always keeps a lead, who manages it. */
export const lastLeadError = () =>
  new AppError('invalid_transition', 'investigation.last_lead', 'errors.investigationLastLead');

/** No active consent to the lead agency for criminal proceedings: the victim stays unlinked. */
export const victimLinkNotAuthorisedError = () =>
  new ForbiddenError('investigation.victim_link_not_authorised', 'errors.victimLinkNotAuthorised');

export const victimLinkProsecutorOnlyError = () =>
  new ForbiddenError(
    'investigation.victim_link_prosecutor_only',
    'errors.victimLinkProsecutorOnly',
  );

export const duplicateError = (code: string) => new AppError('conflict', code, 'errors.duplicate');

/** Ids in the body that do not name persons of this investigation. */
export const unknownPersonsError = (path: string) =>
  new InvalidInputError('investigation.unknown_person', 'errors.validation', [
    { path, message: 'not a person of this investigation' },
  ]);
