// The OpenAPI 3.1 description of the API, written from the route declarations themselves
// (route-spec.ts) and their zod schemas (zod 4's JSON Schema output): what a records system, a
// notifier or the province's dashboard reads to call motcua. Nothing is listed by hand, so a route
// cannot be served and missing from it.
import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../../shared/errors.js';
import { fullPath, type RouteSpec } from './route-spec.js';

type JsonSchema = Record<string, unknown>;

/** A schema as it is sent (the input side of transforms); what JSON Schema cannot say becomes "any". */
function schemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

/** Every refusal answers this (shared/errors.ts). */
const ERROR: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
    },
  },
};

/** `/api/counters/:id/call-next` → `/api/counters/{id}/call-next`. */
const templated = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function parameters(route: RouteSpec): JsonSchema[] {
  const out: JsonSchema[] = Object.entries(route.params ?? {}).map(([name, spec]) => ({
    name,
    in: 'path',
    required: true,
    schema: schemaOf(spec.schema),
  }));
  const query = route.query ? schemaOf(route.query) : null;
  const props = (query?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query?.required ?? []) as string[]);
  for (const [name, schema] of Object.entries(props)) out.push({ name, in: 'query', required: required.has(name), schema });
  return out;
}

/**
 * The refusals a route may answer: those its declaration implies (its body schema, its path
 * parameters, its guards) and those it names of its own checks (`examples.errors`).
 */
function refusals(route: RouteSpec): ErrorCode[] {
  const { access } = route;
  const codes: ErrorCode[] = [
    ...(route.method === 'POST' || route.query ? ['bad-request' as const] : []),
    ...Object.values(route.params ?? {}).map((p) => p.invalid),
    ...(access.who === 'public' ? [] : (['unauthenticated', 'forbidden'] as const)),
    ...(access.key ? ['api-key-invalid' as const] : []),
    ...(access.limit || access.key ? ['rate-limited' as const] : []),
    ...(access.screens ? ['device-not-paired' as const] : []),
    ...(route.method === 'POST' ? route.examples.errors : []),
  ];
  return [...new Set(codes)];
}

/** Each refusal's example under its status: the envelope with the code and its (Vietnamese) message, placeholders kept. */
function refusalResponses(route: RouteSpec): Record<string, JsonSchema> {
  const byStatus: Record<string, Record<string, JsonSchema>> = {};
  for (const code of refusals(route)) {
    const { status, vi } = ERRORS[code];
    (byStatus[String(status)] ??= {})[code] = { value: { error: { code, message: vi } } };
  }
  return Object.fromEntries(
    Object.entries(byStatus).map(([status, examples]) => [
      status,
      { description: Object.keys(examples).join(', '), content: { 'application/json': { schema: ERROR, examples } } },
    ]),
  );
}

/** A staff session (the cookie POST /api/auth/login sets), an API key (its scope in x-motcua-access), or nothing. */
function security(route: RouteSpec): JsonSchema[] {
  const { who, key } = route.access;
  return [...(who === 'public' || who === 'api-key' ? [] : [{ staffSession: [] }]), ...(key ? [{ apiKey: [] }] : [])];
}

function operation(route: RouteSpec): JsonSchema {
  const status = String(route.status ?? 200);
  return {
    operationId: `${route.method.toLowerCase()} ${route.path}`,
    summary: route.summary,
    parameters: parameters(route),
    ...(route.method === 'POST'
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(route.body), examples: { request: { value: route.examples.request } } } },
          },
        }
      : {}),
    responses: {
      [status]: { description: route.summary },
      ...refusalResponses(route),
      default: {
        description: 'A refusal: 4xx for what the caller sent, 5xx for the server',
        content: { 'application/json': { schema: ERROR } },
      },
    },
    security: security(route),
    'x-motcua-access': route.access,
  };
}

export function openApiDocument(routes: readonly RouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = templated(fullPath(route));
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'motcua',
      version,
      description:
        'Queue management and No-wait Friday scheduling for one-stop public service centers. Errors: { "error": { "code", "message" } }.',
    },
    components: {
      securitySchemes: {
        staffSession: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
        // An integration key an admin made on /admin: Authorization: Bearer mc_…
        apiKey: { type: 'http', scheme: 'bearer', bearerFormat: 'mc_ and 43 base64url characters' },
      },
    },
    paths,
  };
}
