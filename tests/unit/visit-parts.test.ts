// A visit over several fields as the screens tell it (ui/visit-parts.ts), in Vietnamese: the slip's
// stops, and where the phone sends the citizen next — by the same rule the server finishes with.
import { describe, expect, it } from 'vitest';
import type { CatalogView, LineServedAt, TicketStatus } from '../../shared/types.js';

// The catalogue's language switch reads the page's <html>: the only browser object these words touch.
(globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'vi' } };
const { finishRoute, nextPartText, visitParts } = await import('../../ui/visit-parts.js');

const A = 1;
const B = 2;
const C = 3;
const catalog = {
  fields: [
    { id: A, nameVi: 'Tư pháp – Hộ tịch', nameEn: 'Justice' },
    { id: B, nameVi: 'Chứng thực', nameEn: 'Certification' },
    { id: C, nameVi: 'Cư trú', nameEn: 'Residence' },
  ],
  procedures: [
    { id: 10, fieldId: A },
    { id: 20, fieldId: B },
    { id: 30, fieldId: C },
  ],
  counters: [
    { id: 101, number: 1, fieldIds: [A, B] },
    { id: 103, number: 3, fieldIds: [B, A] },
    { id: 104, number: 4, fieldIds: [C] },
    { id: 106, number: 6, fieldIds: [C] },
  ],
} as unknown as CatalogView;
const servedAt: LineServedAt[] = [
  { procedureId: 10, fieldId: A, counterNumbers: [1, 3] },
  { procedureId: 20, fieldId: B, counterNumbers: [1, 3] },
  { procedureId: 30, fieldId: C, counterNumbers: [4, 6] },
];
const line = (procedureId: number, outcome: 'returned' | null = null) => ({
  procedureId,
  outcome,
  resultDate: null,
  dueDate: null,
  returnedOn: null,
  recordsStatus: null,
});
const status = (s: Partial<TicketStatus>) =>
  ({
    state: 'waiting',
    fieldId: A,
    counterNumber: null,
    counterNumbers: [1, 3],
    servedAt,
    procedures: [line(10), line(20), line(30)],
    ...s,
  }) as TicketStatus;

describe('visitParts', () => {
  it('fields served by the same counters are one stop, in the visit’s order', () => {
    expect(visitParts(servedAt)).toEqual([
      { fieldIds: [A, B], counterNumbers: [1, 3], procedureIds: [10, 20] },
      { fieldIds: [C], counterNumbers: [4, 6], procedureIds: [30] },
    ]);
  });
});

describe('finishRoute', () => {
  it('is the server’s rule over the catalogue: counter 1 records A and B and sends the ticket on to C', () => {
    expect(finishRoute({ procedures: [line(10), line(20), line(30)] }, catalog, [A, B])).toEqual({ here: [10, 20], nextFieldId: C });
  });
});

describe('nextPartText', () => {
  it('waiting for its first part: nothing to say yet', () => {
    expect(nextPartText(status({}), catalog)).toBeNull();
  });

  it('served at counter 1, which leaves C: where to go after', () => {
    expect(nextPartText(status({ state: 'serving', counterNumber: 1 }), catalog)).toBe(
      'Xong ở quầy này, mời chờ gọi tiếp cho lĩnh vực Cư trú tại quầy 4, 6',
    );
  });

  it('moved on to C: the field and the counters it waits for', () => {
    const moved = status({ fieldId: C, counterNumbers: [4, 6], procedures: [line(10, 'returned'), line(20, 'returned'), line(30)] });
    expect(nextPartText(moved, catalog)).toBe('Tiếp theo: lĩnh vực Cư trú — chờ gọi tại quầy 4, 6');
  });

  it('served at its last part, or at a counter that does it all: nothing after', () => {
    const last = status({
      state: 'serving',
      counterNumber: 4,
      fieldId: C,
      procedures: [line(10, 'returned'), line(20, 'returned'), line(30)],
    });
    expect(nextPartText(last, catalog)).toBeNull();
    const twoFields = status({ state: 'called', counterNumber: 3, servedAt: servedAt.slice(0, 2), procedures: [line(10), line(20)] });
    expect(nextPartText(twoFields, catalog)).toBeNull();
  });
});
