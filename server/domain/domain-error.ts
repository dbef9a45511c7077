// A refusal by the domain: a code from the shared catalogue and the values its message needs.
import type { ErrorCode, ErrorParams } from '../../shared/errors.js';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
