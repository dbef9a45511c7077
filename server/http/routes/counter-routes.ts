// Counter terminal actions. Every route needs a signed-in role allowed to operate a counter, and
// the domain checks that the caller is the one signed in at that counter.
import type { z } from 'zod';
import { callTicketSchema, emptySchema, finishSchema, openCounterSchema, pauseSchema, transferSchema } from '../../../shared/schemas.js';
import type { StaffView } from '../../../shared/types.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { idParam } from '../validate.js';

const access = { who: 'counter:operate', scope: 'center' } as const;
const params = { id: idParam('counter-not-found') };

export function counterRoutes({ reader, desk }: Domain): RouteSpec[] {
  /** A counter action: POST /counters/:id/<name> with its body, answered by the desk. */
  const action = <B>(name: string, summary: string, body: z.ZodType<B>, act: (id: number, staff: StaffView, body: B) => unknown) =>
    defineRoute({
      method: 'POST',
      path: `/counters/:id/${name}`,
      summary,
      access,
      params,
      body,
      handle: ({ params: { id }, body: parsed, req }) => act(id, currentStaff(req), parsed),
    });
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
    action('open', 'Sign in at the counter (force: take it over)', openCounterSchema, (id, staff, b) =>
      desk.open(id, staff, b.force ?? false),
    ),
    action('close', 'Sign out of the counter', emptySchema, (id, staff) => desk.close(id, staff)),
    action('pause', 'Pause with a reason', pauseSchema, (id, staff, b) => desk.pause(id, staff, b.reason)),
    action('resume', 'Resume after a pause', emptySchema, (id, staff) => desk.resume(id, staff)),
    action('call-next', 'Call the next ticket by the call order', emptySchema, (id, staff) => desk.callNext(id, staff)),
    action('call', 'Call a chosen waiting ticket', callTicketSchema, (id, staff, b) => desk.callTicket(id, staff, b.ticketId)),
    action('recall', 'Call the current ticket again', emptySchema, (id, staff) => desk.recall(id, staff)),
    action('start', 'The citizen has come: start serving', emptySchema, (id, staff) => desk.start(id, staff)),
    action('finish', 'Record each procedure’s outcome', finishSchema, (id, staff, b) => desk.finish(id, staff, b)),
    action('appraise', 'Fast track: the dossier is appraised, for a leader to approve', emptySchema, (id, staff) =>
      desk.appraise(id, staff),
    ),
    action('no-show', 'The citizen did not come after the recalls', emptySchema, (id, staff) => desk.noShow(id, staff)),
    action('transfer', 'Send the ticket to another field or counter', transferSchema, (id, staff, b) => desk.transfer(id, staff, b)),
  ];
}
