// Every route the express app answers, read from the routers' stacks (express 5 / router 2 keep the
// mount path in `rawPath`). docs/security.md's table is checked against this list by a test, and the
// audit trail names each request by its route pattern.
import type { Express } from 'express';

export interface RouteInfo {
  method: string;
  /** The full pattern, e.g. /api/counters/:id/call-next. */
  path: string;
}

interface StackLayer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: StackLayer[] };
}

function walk(stack: StackLayer[], prefix: string, out: Map<string, RouteInfo>): void {
  for (const layer of stack) {
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    if (layer.route) {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (!on || method === '_all') continue;
        const path = (prefix + String(layer.route.path)).replace(/(.)\/$/, '$1');
        out.set(`${method.toUpperCase()} ${path}`, { method: method.toUpperCase(), path });
      }
    } else if (layer.handle?.stack) {
      walk(layer.handle.stack, prefix + mount, out);
    }
  }
}

/** The API's routes (method + pattern), without repeats; page routes are left out. */
export function listApiRoutes(app: Express): RouteInfo[] {
  const out = new Map<string, RouteInfo>();
  walk((app as unknown as { router: { stack: StackLayer[] } }).router.stack, '', out);
  return [...out.values()].filter((r) => r.path.startsWith('/api/'));
}

/** A path segment decoded, or as it came when its percent-encoding is broken (`%E0%A4%A`). */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Finds the route pattern a request path matched, e.g. /api/counters/3/call → /api/counters/:id/call. */
export function routeMatcher(routes: RouteInfo[]): (method: string, path: string) => { route: string; params: Record<string, string> } | null {
  const compiled = routes.map((r) => {
    const names: string[] = [];
    const source = r.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { ...r, names, re: new RegExp(`^${source}/?$`) };
  });
  return (method, path) => {
    for (const c of compiled) {
      if (c.method !== method) continue;
      const m = c.re.exec(path);
      if (m) return { route: c.path, params: Object.fromEntries(c.names.map((n, i) => [n, safeDecode(m[i + 1]!)])) };
    }
    return null;
  };
}
