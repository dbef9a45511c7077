// What a citizen's phone says of the records system's word on the visit's dossiers: a result to
// collect comes first (the reason to come back), then a dossier needing a supplement, then a refusal.
// A line already handed over says nothing more.
import type { RecordsStatus, TicketProcedureView } from '../types.js';

const FIRST: readonly RecordsStatus[] = ['result-ready', 'supplement-required', 'refused'];

/** The status the phone tells, or null when the records system said nothing of a line still to collect. */
export function recordsNotice(lines: readonly Pick<TicketProcedureView, 'recordsStatus' | 'returnedOn'>[]): RecordsStatus | null {
  const open = lines.filter((l) => l.returnedOn === null).map((l) => l.recordsStatus);
  return FIRST.find((status) => open.includes(status)) ?? null;
}
