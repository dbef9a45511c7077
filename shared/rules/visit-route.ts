// A visit over several fields: which of its procedure lines a counter records at Finish, and where
// the ticket goes after. The ticket queues first in the field of its first procedure (the issuer's
// rule). The counter that serves it handles every open line of a field it serves — the citizen is at
// a counter that can do them, so nobody is sent on for what is done there —, the lines of the field
// the ticket was called for (a ticket transferred to this one counter, the fast lane at the
// fast-track desk), and the lines of a field no counter of the center serves (nobody else could).
// The other lines stay open, and the ticket moves on to the field of the first of them in the
// visit's order, placed as a transfer to that field is (call-order.ts rule 3: ahead of the field's
// tickets that were not transferred), so the call rule and "people ahead" need nothing new.

export interface VisitLine {
  procedureId: number;
  fieldId: number;
  /** Its outcome is recorded (at an earlier counter of the visit). */
  done: boolean;
}

export interface FinishRoute {
  /** The lines this counter records now, in the visit's order. */
  here: number[];
  /** The field the ticket moves on to, or null when the visit ends here. */
  nextFieldId: number | null;
}

export function routeAtFinish(
  lines: readonly VisitLine[],
  at: {
    /** The field the ticket waited in when it was called. */
    ticketFieldId: number;
    /** The fields the finishing counter serves. */
    counterFieldIds: readonly number[];
    /** The fields some counter of the center serves. */
    servedFieldIds: ReadonlySet<number>;
  },
): FinishRoute {
  const handledHere = (fieldId: number) =>
    fieldId === at.ticketFieldId || at.counterFieldIds.includes(fieldId) || !at.servedFieldIds.has(fieldId);
  const open = lines.filter((l) => !l.done);
  return {
    here: open.filter((l) => handledHere(l.fieldId)).map((l) => l.procedureId),
    nextFieldId: open.find((l) => !handledHere(l.fieldId))?.fieldId ?? null,
  };
}

/** A waiting ticket with outcomes already recorded: part of its visit is done and it waits for the next. */
export function movedOn(ticket: { state: string; procedures: readonly { outcome: unknown }[] }): boolean {
  return ticket.state === 'waiting' && ticket.procedures.some((p) => p.outcome !== null);
}
