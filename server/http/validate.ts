// Validation at the edge: a failed parse becomes a 400 'bad-request' listing what is wrong with each
// field (path, problem, bound: FieldError) for the screen to say with its own labels; a path parameter
// that cannot name anything is, mostly, the 404 of what it would name.
import { z } from 'zod';
import type { FieldError } from '../../shared/errors.js';
import { bookingCodeSchema, statusToken } from '../../shared/schemas.js';
import { DomainError } from '../domain/domain-error.js';
import type { ParamSpec } from './route-spec.js';

type Path = readonly PropertyKey[];

function valueAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

const dotted = (path: Path) => path.map(String).join('.');

const COUNTED = ['number', 'string', 'array'] as const;
const counted = (origin: string) => COUNTED.find((c) => c === origin);

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, exclusiveStep: 1 | -1) {
  const of = counted(origin);
  // An exclusive bound is only used on whole numbers here (ids are > 0): said as the next one in.
  return { limit: Number(limit) + (inclusive === false ? exclusiveStep : 0), ...(of ? { of } : {}) };
}

/** Zod's issues as FieldErrors: a missing key is `required`, an unknown one `unknown-field` at its own path. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], value: unknown): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const path = dotted(issue.path);
    switch (issue.code) {
      case 'too_small':
        return [{ path, code: 'too-small', ...bound(issue.origin, issue.minimum, issue.inclusive, 1) }];
      case 'too_big':
        return [{ path, code: 'too-big', ...bound(issue.origin, issue.maximum, issue.inclusive, -1) }];
      case 'invalid_type':
        return [{ path, code: valueAt(value, issue.path) === undefined ? 'required' : 'invalid-type' }];
      case 'invalid_format':
        return [{ path, code: 'invalid-format', format: issue.format }];
      case 'invalid_value':
        return [{ path, code: 'invalid-value' }];
      case 'custom': {
        // A schema's own check may say which format it wanted (shared/schemas.ts: publicUrl).
        const format: unknown = issue.params?.format;
        return [typeof format === 'string' ? { path, code: 'invalid-format', format } : { path, code: 'invalid' }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: dotted([...issue.path, key]), code: 'unknown-field' as const }));
      default:
        return [{ path, code: 'invalid' }];
    }
  });
}

/** For API clients reading the message: "priorityEvery too-small 1, username too-big 64". */
const summary = (fields: readonly FieldError[]) =>
  fields.map((f) => [f.path || 'body', f.code, f.limit ?? f.format].filter((x) => x !== undefined).join(' ')).join(', ');

/** A stranger's body of a thousand unknown keys gets an answer of this many. */
const MAX_FIELD_ERRORS = 20;

/** A body or query parsed by its schema, or a 400 with every field's problem (the first 20). */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error.issues, value).slice(0, MAX_FIELD_ERRORS);
  throw new DomainError('bad-request', { detail: summary(fields) }, fields);
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
/** A dossier code in the path (the records system's call): its shape is the rule's to judge, with a reason. */
export const dossierCodeParam: ParamSpec<string> = { schema: z.string().min(1).max(64), invalid: 'bad-request' };
