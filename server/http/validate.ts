// Validation at the edge: a failed parse becomes a 400 'bad-request' naming the first problem.
import { z } from 'zod';
import { DomainError } from '../domain/domain-error.js';

const vietnamese = z.locales.vi();

/** "field.path: problem" for the first issue, or null when the value is valid. */
function firstProblem<S extends z.ZodType>(schema: S, value: unknown, error?: z.core.$ZodErrorMap): string | null {
  const result = schema.safeParse(value, error ? { error } : undefined);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const value = body ?? {};
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // The problem in both languages: the message is shown to staff as it comes.
  throw new DomainError('bad-request', {
    detail: { vi: firstProblem(schema, value, vietnamese.localeError) ?? '', en: firstProblem(schema, value) ?? '' },
  });
}

/** A positive integer route parameter, or a 404 with the given code. */
export function idParam(value: unknown, notFound: ConstructorParameters<typeof DomainError>[0]): number {
  const id = Number(value);
  if (typeof value !== 'string' || !Number.isSafeInteger(id) || id <= 0 || String(id) !== value) {
    throw new DomainError(notFound);
  }
  return id;
}

/** The :centerId of routes mounted under /api/centers/:centerId (an unknown one is refused by the domain). */
export function centerParam(req: { params: Record<string, unknown> }): string {
  const id = req.params.centerId;
  if (typeof id !== 'string') throw new DomainError('center-not-found');
  return id;
}
