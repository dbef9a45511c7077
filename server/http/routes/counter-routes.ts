// Counter terminal actions. Every route needs a signed-in role allowed to operate a counter, and
// the domain checks that the caller is the one signed in at that counter.
import type { z } from 'zod';
import { callTicketSchema, emptySchema, finishSchema, openCounterSchema, pauseSchema, transferSchema } from '../../../shared/schemas.js';
import type { StaffView } from '../../../shared/types.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import type { ErrorCode } from '../../../shared/errors.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { idParam } from '../validate.js';

const access = { who: 'counter:operate', scope: 'center' } as const;
const params = { id: idParam('counter-not-found') };

export function counterRoutes({ reader, desk }: Domain): RouteSpec[] {
  /** A counter action: POST /counters/:id/<name> with its body and an example of it, answered by the desk. */
  const action = <B>(
    name: string,
    summary: string,
    body: z.ZodType<B>,
    examples: { request: NoInfer<B>; errors: readonly ErrorCode[] },
    act: (id: number, staff: StaffView, body: B) => unknown,
  ) =>
    defineRoute<typeof params, Record<string, never>, B>({
      method: 'POST',
      path: `/counters/:id/${name}`,
      summary,
      access,
      params,
      body,
      // Every action may find the counter in someone else's hands, or closed.
      examples: { request: examples.request, errors: ['counter-not-found', 'counter-taken', ...examples.errors] },
      handle: ({ params: { id }, body: parsed, req }) => act(id, currentStaff(req), parsed),
    });
  const none = (...errors: ErrorCode[]) => ({ request: {}, errors });
  /** Reading another center's counter is refused like acting on it. */
  const inCenter = (id: number, staff: StaffView) => {
    desk.assertSameCenter(id, staff);
    return id;
  };
  return [
    defineRoute({
      method: 'GET',
      path: '/counters/:id',
      summary: 'A counter as it is now',
      access,
      params,
      handle: ({ params: { id }, req }) => reader.counter(inCenter(id, currentStaff(req))),
    }),
    defineRoute({
      method: 'GET',
      path: '/counters/:id/queue',
      summary: 'The tickets this counter would call, in order',
      access,
      params,
      handle: ({ params: { id }, req }) => ({ tickets: reader.counterQueue(inCenter(id, currentStaff(req))) }),
    }),
    action(
      'open',
      'Sign in at the counter (force: take it over)',
      openCounterSchema,
      { request: { force: false }, errors: [] },
      (id, staff, b) => desk.open(id, staff, b.force ?? false),
    ),
    action('close', 'Sign out of the counter', emptySchema, none('counter-busy'), (id, staff) => desk.close(id, staff)),
    action(
      'pause',
      'Pause with a reason',
      pauseSchema,
      { request: { reason: 'break' }, errors: ['counter-closed', 'counter-busy'] },
      (id, staff, b) => desk.pause(id, staff, b.reason),
    ),
    action('resume', 'Resume after a pause', emptySchema, none('counter-closed'), (id, staff) => desk.resume(id, staff)),
    action(
      'call-next',
      'Call the next ticket by the call order',
      emptySchema,
      none('counter-closed', 'counter-paused', 'counter-busy', 'queue-empty'),
      (id, staff) => desk.callNext(id, staff),
    ),
    action(
      'call',
      'Call a chosen waiting ticket',
      callTicketSchema,
      { request: { ticketId: 42 }, errors: ['ticket-not-found', 'counter-busy', 'counter-not-serving-field', 'transition-not-allowed'] },
      (id, staff, b) => desk.callTicket(id, staff, b.ticketId),
    ),
    action('recall', 'Call the current ticket again', emptySchema, none('counter-idle', 'recall-cooldown', 'recall-limit'), (id, staff) =>
      desk.recall(id, staff),
    ),
    action('start', 'The citizen has come: start serving', emptySchema, none('counter-idle', 'transition-not-allowed'), (id, staff) =>
      desk.start(id, staff),
    ),
    action(
      'finish',
      'Record each procedure’s outcome',
      finishSchema,
      {
        request: {
          outcomes: [
            { procedureId: 1, outcome: 'returned', dossierCode: '000.00.01.H26-260930-0012' },
            { procedureId: 4, outcome: 'appointment', resultDate: '2026-10-07', dossierCode: '000.00.01.H26-260930-0013' },
          ],
        },
        errors: [
          'counter-idle',
          'outcomes-mismatch',
          'result-date-required',
          'dossier-code-malformed',
          'dossier-code-future',
          'dossier-code-taken',
        ],
      },
      (id, staff, b) => desk.finish(id, staff, b),
    ),
    action(
      'appraise',
      'Fast track: the dossier is appraised, for a leader to approve',
      emptySchema,
      none('counter-idle', 'not-fast-track', 'fast-track-step-order'),
      (id, staff) => desk.appraise(id, staff),
    ),
    action('no-show', 'The citizen did not come after the recalls', emptySchema, none('counter-idle', 'no-show-too-early'), (id, staff) =>
      desk.noShow(id, staff),
    ),
    action(
      'transfer',
      'Send the ticket to another field or counter',
      transferSchema,
      { request: { toFieldId: 2 }, errors: ['counter-idle', 'field-not-found', 'transfer-target-invalid'] },
      (id, staff, b) => desk.transfer(id, staff, b),
    ),
  ];
}
