// Validation at the edge: a failed parse becomes a 400 'bad-request' naming the first problem; a path
// parameter that cannot name anything is, mostly, the 404 of what it would name.
import { z } from 'zod';
import { bookingCodeSchema, statusToken } from '../../shared/schemas.js';
import { DomainError } from '../domain/domain-error.js';
import type { ParamSpec } from './route-spec.js';

const vietnamese = z.locales.vi();

/** "field.path: problem" for the first issue, or null when the value is valid. */
function firstProblem(schema: z.ZodType, value: unknown, error?: z.core.$ZodErrorMap): string | null {
  const result = schema.safeParse(value, error ? { error } : undefined);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/** A body or query parsed by its schema, or a 400 naming the first problem in both languages. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // The problem in both languages: the message is shown to staff as it comes.
  throw new DomainError('bad-request', {
    detail: { vi: firstProblem(schema, value, vietnamese.localeError) ?? '', en: firstProblem(schema, value) ?? '' },
  });
}

const positiveId = z
  .string()
  .regex(/^[1-9]\d{0,15}$/)
  .transform(Number)
  .refine(Number.isSafeInteger);

/** A positive integer id in the path; anything else is the 404 `notFound`. */
export const idParam = (invalid: ParamSpec['invalid']): ParamSpec<number> => ({ schema: positiveId, invalid });

export const centerIdParam: ParamSpec<string> = { schema: z.string().min(1).max(64), invalid: 'center-not-found' };
export const bookingCodeParam: ParamSpec<string> = { schema: bookingCodeSchema, invalid: 'booking-not-found' };
export const statusTokenParam: ParamSpec<string> = { schema: statusToken, invalid: 'ticket-not-found' };
/** A day that cannot exist is a bad request, like adding it; a real day without a holiday is 404. */
export const holidayDateParam: ParamSpec<string> = { schema: z.iso.date(), invalid: 'bad-request' };
