// Validation at the edge: a failed parse becomes a 400 'bad-request' naming the first problem.
import type { z } from 'zod';
import { DomainError } from '../domain/domain-error.js';

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  throw new DomainError('bad-request', { detail: `${where}: ${issue?.message ?? 'invalid'}` });
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
