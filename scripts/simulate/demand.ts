// Who comes on a simulated day: about 200 citizens with 600–700 procedures at a ward center, a morning
// peak, 90 % of visits in civil status, certification and residence, some priority citizens, some who
// leave before being called, and on fast-track days complete dossiers for the fast lane. Pure and seeded.
import { localInstant } from '../../shared/rules/local-time.js';
import type { SessionSlot } from '../../shared/rules/sessions.js';
import { PRIORITY_KINDS, type CatalogView, type PriorityKind } from '../../shared/types.js';
import type { Rng } from '../../tests/support/prng.js';

export interface Citizen {
  /** Arrival (server instant). */
  at: number;
  fieldId: number;
  procedureIds: number[];
  priority: PriorityKind | null;
  /** Leaves before being called: the clerk recalls and marks a no-show. */
  noShow: boolean;
  /** Answers the fast-track checklist "complete, needs no verification" for a listed procedure. */
  fastTrack: boolean;
  /** Minutes at the counter. */
  serviceMinutes: number;
}

/** Share of visits per field prefix. */
const FIELD_MIX: Record<string, number> = { A: 0.45, B: 0.3, C: 0.15, D: 0.04, E: 0.04, F: 0.02 };
/** Counter minutes per procedure, by field (certification is quick, land is slow). */
const MINUTES_PER_PROCEDURE: Record<string, number> = { A: 3, B: 1.5, C: 5, D: 10, E: 7, F: 6 };
/** How many procedures a visit has: 1 to 6, about 3.1 on average. */
const PROCEDURE_COUNTS = [0.2, 0.2, 0.2, 0.2, 0.12, 0.08];

function pick<T>(rng: Rng, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r <= 0) return value;
  }
  return weighted.at(-1)![0];
}

/** A triangular draw on [a, b] with its mode at c: arrivals peak early in a session. */
function triangular(rng: Rng, a: number, c: number, b: number): number {
  const u = rng.next();
  const f = (c - a) / (b - a);
  return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** Log-normal noise around 1, so service times vary the way real ones do (a few long ones). */
const noise = (rng: Rng) => Math.exp(0.35 * Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next()));

export interface DemandOptions {
  date: string;
  timezone: string;
  sessions: readonly SessionSlot[];
  catalog: CatalogView;
  citizens: number;
  /** Procedures on the fast track today (empty when today is not a fast-track day). */
  fastTrackIds: ReadonlySet<number>;
}

export function dayDemand(rng: Rng, o: DemandOptions): Citizen[] {
  if (o.sessions.length === 0) return [];
  // Mornings draw the most people, evening sessions few.
  const sessionWeights = o.sessions.map((s) => [s, (s.end - s.start) * (s.kind === 'extra' ? 0.3 : s.start < 12 * 60 ? 1.6 : 1)] as const);
  const fields = o.catalog.fields.filter((f) => FIELD_MIX[f.prefix] !== undefined && o.catalog.procedures.some((p) => p.fieldId === f.id));
  const fieldWeights = fields.map((f) => [f, FIELD_MIX[f.prefix]] as const);
  const out: Citizen[] = [];
  for (let i = 0; i < o.citizens; i++) {
    const s = pick(rng, sessionWeights);
    const minute = triangular(rng, s.start, s.start + (s.end - s.start) * 0.25, s.end - 10);
    const field = pick(rng, fieldWeights);
    const offered = rng.shuffle(o.catalog.procedures.filter((p) => p.fieldId === field.id));
    const count = Math.min(
      offered.length,
      pick(
        rng,
        PROCEDURE_COUNTS.map((w, n) => [n + 1, w] as const),
      ),
    );
    const procedures = offered.slice(0, count);
    const perProcedure = MINUTES_PER_PROCEDURE[field.prefix] ?? 4;
    out.push({
      at: localInstant(o.date, 0, o.timezone) + Math.round(minute * 60_000),
      fieldId: field.id,
      procedureIds: procedures.map((p) => p.id),
      priority: rng.chance(0.08) ? PRIORITY_KINDS[rng.int(0, PRIORITY_KINDS.length - 1)] : null,
      noShow: rng.chance(0.04),
      fastTrack: o.fastTrackIds.has(procedures[0].id) && rng.chance(0.6),
      // One minute to come to the desk and sit down, then the procedures.
      serviceMinutes: 1 + procedures.reduce((sum) => sum + perProcedure * noise(rng), 0),
    });
  }
  return out.sort((a, b) => a.at - b.at);
}
