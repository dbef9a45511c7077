// GET /api/openapi.json: the API described in OpenAPI 3.1, written from the route declarations. Every
// declared route is in it with its summary, its path and query parameters and, for a write, its body's
// JSON Schema; and the schemas say what the server really refuses (a body the schema allows is not
// refused for its shape, one it forbids is).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../../shared/errors.js';
import { fullPath } from '../../server/http/route-spec.js';
import { ApiClient, ok } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Example {
  value: unknown;
}
interface Operation {
  summary: string;
  parameters: { name: string; in: 'path' | 'query'; required: boolean }[];
  requestBody?: {
    content: {
      'application/json': {
        schema: { type?: string; additionalProperties?: unknown; required?: string[] };
        examples?: Record<string, Example>;
      };
    };
  };
  responses: Record<string, { content?: { 'application/json': { examples?: Record<string, Example> } } }>;
  security: unknown[];
}

/** The error envelope every refusal answers (shared/errors.ts), as a test reads it. */
const errorBody = z.strictObject({
  error: z.strictObject({ code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]), message: z.string().min(1) }),
});
interface Document {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
}

describe('the OpenAPI document', () => {
  let server: TestServer;
  let doc: Document;

  beforeAll(async () => {
    server = await startTestServer();
    doc = ok(await new ApiClient(server).get<Document>('/api/openapi.json'));
  });
  afterAll(() => server.stop());

  it('is OpenAPI 3.1 at the package’s version', () => {
    expect(doc.openapi).toBe('3.1.0');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(doc.info.version).toBe(pkg.version);
  });

  it('lists every declared route, with its path parameters, and a body schema for every write', () => {
    const routes = server.app.routes;
    expect(routes.length).toBeGreaterThan(50);
    let paths = 0;
    for (const route of routes) {
      const template = fullPath(route).replace(/:([A-Za-z]+)/g, '{$1}');
      const op = doc.paths[template]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${fullPath(route)}`).toBeDefined();
      expect(op.summary).toBe(route.summary);
      const named = [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(named);
      paths += named.length;
      if (route.method === 'POST') expect(op.requestBody?.content['application/json'].schema, `${fullPath(route)} body`).toBeDefined();
      const security = [
        ...(route.access.who === 'public' || route.access.who === 'api-key' ? [] : [{ staffSession: [] }]),
        ...(route.access.key ? [{ apiKey: [] }] : []),
      ];
      expect(op.security, `${route.method} ${fullPath(route)}`).toEqual(security);
    }
    expect(paths).toBeGreaterThan(20);
    // Nothing in it that is not declared.
    const operations = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(operations).toBe(routes.length);
  });

  it('gives every write a request example its body schema takes, and error examples in the envelope under their statuses', () => {
    const writes = server.app.routes.flatMap((r) => (r.method === 'POST' ? [r] : []));
    expect(writes.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const route of writes) {
      const name = fullPath(route);
      const op = doc.paths[name.replace(/:([A-Za-z]+)/g, '{$1}')].post;
      const request = op.requestBody?.content['application/json'].examples?.request;
      if (!request) wrong.push(`${name}: no request example`);
      else if (!route.body.safeParse(request.value).success) wrong.push(`${name}: its request example is refused by its schema`);
      // The route's own refusals, and at least the schema's 400.
      const codes = new Set<string>(['bad-request', ...route.examples.errors]);
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [code, example] of Object.entries(response.content?.['application/json'].examples ?? {})) {
          codes.delete(code);
          const parsed = errorBody.safeParse(example.value);
          if (!parsed.success) wrong.push(`${name}: the ${code} example is not the error envelope`);
          else if (parsed.data.error.code !== code || String(ERRORS[parsed.data.error.code].status) !== status)
            wrong.push(`${name}: the ${code} example is under ${status}`);
        }
      }
      if (codes.size) wrong.push(`${name}: no example of ${[...codes].join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('says what the server refuses: a strict body forbids unknown keys, and the server refuses them', async () => {
    const login = doc.paths['/api/auth/login'].post.requestBody!.content['application/json'].schema;
    expect(login.type).toBe('object');
    expect(login.additionalProperties).toBe(false);
    expect(login.required).toEqual(expect.arrayContaining(['username', 'password']));
    const refused = await new ApiClient(server).post('/api/auth/login', { username: 'canbo1', password: 'x', extra: 1 });
    expect(refused.status).toBe(400);
  });
});
