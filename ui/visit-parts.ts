// A visit over several fields as the screens tell it: its parts (procedures by field, with the
// counters serving each), and what Finish at a counter will do (shared/rules/visit-route.ts, the
// same rule the server applies, over the catalogue's counters and procedures).
import { partlyDone, routeAtFinish, type FinishRoute } from '../shared/rules/visit-route.js';
import type { CatalogView, LineServedAt, TicketStatus, TicketView } from '../shared/types.js';
import { localName, plural, t } from './i18n/lang.js';

export interface VisitPart {
  fieldIds: number[];
  counterNumbers: number[];
  procedureIds: number[];
}

/**
 * The visit's procedures by the counters that serve them, in the order each first comes in the
 * visit: fields served by the same counters are one stop for the citizen (A and B at counters 1–3).
 */
export function visitParts(servedAt: readonly LineServedAt[]): VisitPart[] {
  const parts: VisitPart[] = [];
  for (const line of servedAt) {
    const part = parts.find((p) => p.counterNumbers.join() === line.counterNumbers.join());
    if (!part) parts.push({ fieldIds: [line.fieldId], counterNumbers: line.counterNumbers, procedureIds: [line.procedureId] });
    else {
      part.procedureIds.push(line.procedureId);
      if (!part.fieldIds.includes(line.fieldId)) part.fieldIds.push(line.fieldId);
    }
  }
  return parts;
}

/** "Tại quầy 1, 2, 3"; a field no counter serves is done wherever the citizen is called. */
export function servedAtText(numbers: readonly number[]): string {
  return numbers.length ? plural('visit.servedAt', numbers.length, { numbers: numbers.join(', ') }) : t('visit.servedAtAny');
}

/** What Finish at a counter serving `counterFieldIds` records, and where the ticket goes next. */
export function finishRoute(ticket: Pick<TicketView, 'procedures'>, catalog: CatalogView, counterFieldIds: readonly number[]): FinishRoute {
  const lines = ticket.procedures.map((p) => ({
    procedureId: p.procedureId,
    fieldId: catalog.procedures.find((x) => x.id === p.procedureId)?.fieldId ?? -1,
    done: p.outcome !== null,
  }));
  return routeAtFinish(lines, { counterFieldIds, servedFieldIds: new Set(catalog.counters.flatMap((c) => c.fieldIds)) });
}

function fieldName(catalog: CatalogView, fieldId: number): string {
  const field = catalog.fields.find((f) => f.id === fieldId);
  return field ? localName(field) : '';
}

/**
 * Where the citizen goes next: waiting after a part is done, the field and counters it waits for;
 * called or served at a counter that leaves a part for later, that part's field and counters. Null
 * for a visit of one part, or at its last.
 */
export function nextPartText(s: TicketStatus, catalog: CatalogView): string | null {
  const numbers = (fieldId: number) => s.servedAt.find((l) => l.fieldId === fieldId)?.counterNumbers ?? [];
  if (s.state === 'waiting') {
    if (!partlyDone(s)) return null;
    const counters = s.counterNumbers;
    return plural('visit.next', counters.length, { field: fieldName(catalog, s.fieldId), numbers: counters.join(', ') });
  }
  if (s.state !== 'called' && s.state !== 'serving') return null;
  const counter = catalog.counters.find((c) => c.number === s.counterNumber);
  const next = counter ? finishRoute(s, catalog, counter.fieldIds).nextFieldId : null;
  if (next === null) return null;
  const counters = numbers(next);
  return plural('visit.after', counters.length, { field: fieldName(catalog, next), numbers: counters.join(', ') });
}
