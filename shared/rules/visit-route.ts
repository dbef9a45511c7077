// A visit over several fields: which of its procedure lines a counter records at Finish, and where
// the ticket goes after. The ticket queues first in the field of its first procedure (the issuer's
// rule): the visit's current part is the field of its first open line. The counter that serves it
// handles the lines of that part wherever it is called (staff may have transferred the part to a
// counter or field of their choosing, and the fast lane is served at the fast-track desk), every
// other open line of a field it serves — the citizen is at a counter that can do them, so nobody is
// sent on for what is done there —, and the lines of a field no counter of the center serves (nobody
// else could). The other lines stay open, and the ticket moves on to the field of the first of them
// in the visit's order (the next part), placed as a transfer to that field is (call-order.ts rule 3:
// ahead of the field's tickets that were not transferred), so the call rule and "people ahead" need
// nothing new.

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
    /** The fields the finishing counter serves. */
    counterFieldIds: readonly number[];
    /** The fields some counter of the center serves. */
    servedFieldIds: ReadonlySet<number>;
  },
): FinishRoute {
  const open = lines.filter((l) => !l.done);
  const part = open[0]?.fieldId;
  const handledHere = (fieldId: number) => fieldId === part || at.counterFieldIds.includes(fieldId) || !at.servedFieldIds.has(fieldId);
  return {
    here: open.filter((l) => handledHere(l.fieldId)).map((l) => l.procedureId),
    nextFieldId: open.find((l) => !handledHere(l.fieldId))?.fieldId ?? null,
  };
}

/** Part of the visit is done at an earlier counter and part is left: the ticket is on a later part. */
export function partlyDone(ticket: { procedures: readonly { outcome: unknown }[] }): boolean {
  return ticket.procedures.some((p) => p.outcome !== null) && ticket.procedures.some((p) => p.outcome === null);
}
