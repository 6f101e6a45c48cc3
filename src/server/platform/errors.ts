/**
 * Domain errors thrown by services and policies. platform/http maps them to status codes and the
 * one error shape; nothing else decides HTTP statuses.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_transition'
  | 'locked'
  | 'rate_limited';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly messageKey: string,
    readonly details?: {
      fields?: { path: string; message: string }[];
      currentVersion?: number;
      missing?: { code: string; field: string }[];
    },
  ) {
    super(code);
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(code = 'not_found') {
    super('not_found', code, 'errors.notFound');
  }
}

export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';
  constructor(code = 'forbidden', messageKey = 'errors.forbidden') {
    super('forbidden', code, messageKey);
  }
}

export class UnauthenticatedError extends AppError {
  override name = 'UnauthenticatedError';
  constructor(code = 'auth.unauthenticated', messageKey = 'errors.unauthenticated') {
    super('unauthenticated', code, messageKey);
  }
}

/** Optimistic locking: the record changed since the client loaded it. */
export class StaleVersionError extends AppError {
  override name = 'StaleVersionError';
  constructor(currentVersion: number) {
    super('conflict', 'version_conflict', 'errors.conflict', { currentVersion });
  }
}

export class InvalidTransitionError extends AppError {
  override name = 'InvalidTransitionError';
  constructor(code = 'invalid_transition') {
    super('invalid_transition', code, 'errors.invalidTransition');
  }
}

export class InvalidInputError extends AppError {
  override name = 'InvalidInputError';
  constructor(code: string, messageKey: string, fields: { path: string; message: string }[] = []) {
    super('validation', code, messageKey, { fields });
  }
}
