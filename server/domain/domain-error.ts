// A refusal by the domain: a code from the shared catalogue and the values its message needs (and,
// for a request that failed validation, what is wrong with each field).
import type { ErrorCode, ErrorParams, FieldError } from '../../shared/errors.js';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly fields?: readonly FieldError[],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
