// docs/security.md's table of routes, written from the declarations (scripts/route-table.ts writes
// it, a test checks it is current): nobody keeps a copy by hand.
import { PERMISSIONS } from '../../shared/permissions.js';
import { ROLES } from '../../shared/types.js';
import { fullPath, type RouteSpec } from './route-spec.js';

export const TABLE_START = '<!-- routes: written by `npm run docs:routes` from server/http/routes/ -->';
export const TABLE_END = '<!-- /routes -->';

function roles(spec: RouteSpec): string {
  if (spec.access.who === 'public') return 'public';
  if (spec.access.who === 'api-key') return 'none';
  const allowed: readonly string[] = PERMISSIONS[spec.access.who];
  return allowed.length === ROLES.length ? 'staff' : ROLES.filter((r) => allowed.includes(r)).join(', ');
}

function guards(spec: RouteSpec): string {
  const { limit, screens } = spec.access;
  const parts: string[] = [];
  if (limit) parts.push(limit === 'kiosk-ticket' ? 'rate-limited, kiosk cap' : 'rate-limited');
  if (screens) parts.push(`paired ${screens.join('/')} when required`);
  if (spec.access.province) parts.push('also the province center');
  return parts.join('; ') || '—';
}

const SCOPE = { center: 'center', own: 'own', none: '—' } as const;

export function routeTable(routes: readonly RouteSpec[]): string {
  const rows = routes.map(
    (r) =>
      `| ${r.method} | ${fullPath(r)} | ${roles(r)} | ${SCOPE[r.access.scope]} | ${guards(r)} | ${r.access.key ?? '—'} | ${r.summary} |`,
  );
  return [
    TABLE_START,
    '| Method | Route | Roles | Scope | Guards | API key scope | What it does |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    TABLE_END,
  ].join('\n');
}

/** `doc` with its table replaced by the current one. */
export function withRouteTable(doc: string, routes: readonly RouteSpec[]): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('docs/security.md has no route table markers');
  return doc.slice(0, start) + routeTable(routes) + doc.slice(end + TABLE_END.length);
}
