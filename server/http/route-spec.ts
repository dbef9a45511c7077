// One declaration per API route: method, path, who may call it, the schemas of its params, query and
// body, and what it answers. mount-routes.ts mounts the list with its guards, docs/security.md's
// table is written from it (scripts/route-table.ts) and the permission walk reads it, so a route
// cannot be served unguarded or undocumented.
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { ErrorCode } from '../../shared/errors.js';
import type { Permission } from '../../shared/permissions.js';
import type { DeviceKind } from '../../shared/schemas.js';
import type { ApiKeyView, ApiScope, StaffView } from '../../shared/types.js';

export interface Access {
  /**
   * 'public' (no sign-in), the permission a signed-in role needs (shared/permissions.ts), or 'api-key':
   * no staff member, only an API key holding `key` (the records system's own calls).
   */
  who: 'public' | 'api-key' | Permission;
  /**
   * Whose data the call touches: 'center', what it addresses must be the caller's center's (staff of
   * another center are refused); 'own', the caller's own session or center; 'none', public data.
   */
  scope: 'center' | 'own' | 'none';
  /**
   * The scope an integration API key needs to call the route (Authorization: Bearer mc_…); none: no
   * key may. A key is held to `scope` as staff are: its own center, or the wards of its province center.
   */
  key?: ApiScope;
  /** With scope 'center' on a :centerId route: staff of its province center may read it too. */
  province?: boolean;
  /** Anonymous callers take from the public token buckets; 'kiosk-ticket' also from the center's kiosk cap. */
  limit?: 'public' | 'kiosk-ticket';
  /** When the center requires pairing, only its paired screens of these kinds (or its own staff) may call. */
  screens?: readonly DeviceKind[];
}

/** A path parameter: its schema, and the refusal when a value does not fit it (the 404 of what it would name, mostly). */
export interface ParamSpec<T = unknown> {
  schema: z.ZodType<T>;
  invalid: ErrorCode;
}

type ParamSpecs = Record<string, ParamSpec>;
type Parsed<P extends ParamSpecs> = { [K in keyof P]: P[K] extends ParamSpec<infer T> ? T : never };

export interface RouteInput<P extends ParamSpecs, Q, B> {
  params: Parsed<P>;
  query: Q;
  body: B;
  /** The signed-in caller, or null (public routes, API keys). */
  staff: StaffView | null;
  /** The API key the call came with, or null. */
  apiKey: ApiKeyView | null;
  req: Request;
  res: Response;
}

interface RouteBase<P extends ParamSpecs, Q, B> {
  path: string;
  /** One line for the docs. */
  summary: string;
  access: Access;
  params?: P;
  query?: z.ZodType<Q>;
  /** The answer's status when it succeeds (200 unless told). */
  status?: number;
  /** The answer as JSON; a handler that sends something else itself (CSV) returns undefined. */
  handle(input: RouteInput<P, Q, B>): unknown;
}

/** What the OpenAPI document shows a caller of a write (tests/integration/openapi.test.ts validates them). */
export interface WriteExamples<B> {
  /** A body the route takes, as a caller sends it. */
  request: B;
  /**
   * The refusals of the route's own checks (the domain's). Those of its guards, path parameters and
   * body schema are added from the declaration: bad-request, unauthenticated, forbidden, rate-limited …
   */
  errors: readonly ErrorCode[];
}

/** Every write declares its body (an empty strict object where nothing is expected) and its examples. */
export type RouteSpec<P extends ParamSpecs = ParamSpecs, Q = unknown, B = unknown> =
  | (RouteBase<P, Q, B> & { method: 'GET' })
  | (RouteBase<P, Q, B> & { method: 'POST'; body: z.ZodType<B>; examples: WriteExamples<NoInfer<B>> });

/** Declares a route with its types inferred from its schemas. */
export function defineRoute<P extends ParamSpecs = ParamSpecs, Q = Record<string, never>, B = never>(spec: RouteSpec<P, Q, B>): RouteSpec {
  return spec;
}

/** The route's full pattern, e.g. /api/counters/:id/call-next. */
export const fullPath = (spec: RouteSpec) => `/api${spec.path}`;
