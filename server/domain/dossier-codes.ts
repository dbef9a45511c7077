// Dossier codes on procedure lines (Circular 01/2018/TT-VPCP, Art. 19): checked by the one rule of
// shared/rules/dossier-code.ts, unique within a center, found again by the center's staff on any day.
import { checkNewDossierCode, dossierCodeRefusal, parseDossierCode, type DossierCodeCheck } from '../../shared/rules/dossier-code.js';
import type { DossierLine } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { dossierLine } from '../store/dossier-queries.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';

const dmy = (date: string) => date.split('-').reverse().join('/');

/** The normalised code, or the refusal (400, with the reason) that names it. */
function accepted(check: DossierCodeCheck): string {
  if (!check.ok) {
    const { code, params } = dossierCodeRefusal(check);
    throw new DomainError(code, params);
  }
  return check.dossier.code;
}

export class DossierCodes {
  constructor(
    private readonly store: Store,
    private readonly reader: QueueReader,
  ) {}

  /**
   * The codes of a visit's lines being finished, normalised, by procedure id: each a real code of the
   * center dated `today` or earlier, none given twice, none already on a line of the center (409
   * naming the ticket that has it). Call inside the finishing transaction: the check and the write
   * then see the same lines (the unique index stays the last word).
   */
  forNewLines(
    centerId: string,
    today: string,
    lines: readonly { procedureId: number; dossierCode?: string | null }[],
  ): Map<number, string> {
    const { agencyCode } = this.reader.center(centerId);
    const codes = new Map<number, string>();
    for (const line of lines) {
      if (line.dossierCode == null) continue;
      const code = accepted(checkNewDossierCode(line.dossierCode, { agencyCode, today }));
      if ([...codes.values()].includes(code)) throw new DomainError('dossier-code-repeated', { code });
      const holder = dossierLine(this.store, centerId, code);
      if (holder) throw new DomainError('dossier-code-taken', { code, number: holder.number, date: dmy(holder.receivedOn) });
      codes.set(line.procedureId, code);
    }
    return codes;
  }

  /**
   * The line with this code in the first of `centerIds` that has it (a province key's wards), with
   * its center; null when none has it. The code is checked for its shape and date only: another
   * agency's code is simply not found.
   */
  findAmong(centerIds: readonly string[], raw: string): { centerId: string; line: DossierLine } | null {
    const code = accepted(parseDossierCode(raw));
    for (const centerId of centerIds) {
      const line = dossierLine(this.store, centerId, code);
      if (line) return { centerId, line };
    }
    return null;
  }

  /** The center's line with this code, whatever day its slip is from; null when none has it. */
  find(centerId: string, raw: string): DossierLine | null {
    const code = accepted(parseDossierCode(raw, this.reader.center(centerId).agencyCode));
    return dossierLine(this.store, centerId, code) ?? null;
  }
}
