// Names a request by the declared route it matched (the audit trail files it so).

export interface RouteInfo {
  method: string;
  /** The full pattern, e.g. /api/counters/:id/call-next. */
  path: string;
}

/** A path segment decoded, or as it came when its percent-encoding is broken (`%E0%A4%A`). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Finds the route pattern a request path matched, e.g. /api/counters/3/call → /api/counters/:id/call. */
export function routeMatcher(
  routes: RouteInfo[],
): (method: string, path: string) => { route: string; params: Record<string, string> } | null {
  const compiled = routes.map((r) => {
    const names: string[] = [];
    const source = r.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    // Express matches paths case-insensitively; so does this, or /API/Auth/Login would go unnamed.
    return { ...r, names, re: new RegExp(`^${source}/?$`, 'i') };
  });
  return (method, path) => {
    for (const c of compiled) {
      if (c.method !== method) continue;
      const m = c.re.exec(path);
      if (m) return { route: c.path, params: Object.fromEntries(c.names.map((n, i) => [n, safeDecode(m[i + 1])])) };
    }
    return null;
  };
}
