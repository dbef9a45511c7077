// Request bodies, validated at the edge by the server and used as types by the screens.
import { z } from 'zod';
import { OUTCOMES, PAUSE_REASONS, PRIORITY_KINDS } from './types.js';

const id = z.number().int().positive();
// A real calendar date: 2026-11-31 is refused, 2028-02-29 accepted.
const isoDate = z.iso.date();

export const issueTicketSchema = z.strictObject({
  /** The first procedure decides the field (and so the queue); a visit often has 2–4. */
  procedureIds: z.array(id).min(1).max(6),
  priority: z.enum(PRIORITY_KINDS).nullable().optional(),
});
export type IssueTicketRequest = z.infer<typeof issueTicketSchema>;

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginSchema>;

/** Sign in at a counter; `force` takes it over from someone who left without signing out. */
export const openCounterSchema = z.strictObject({ force: z.boolean().optional() });
export type OpenCounterRequest = z.infer<typeof openCounterSchema>;

export const callTicketSchema = z.strictObject({ ticketId: id });
export type CallTicketRequest = z.infer<typeof callTicketSchema>;

export const finishSchema = z.strictObject({
  outcomes: z
    .array(
      z.strictObject({
        procedureId: id,
        outcome: z.enum(OUTCOMES),
        resultDate: isoDate.nullable().optional(),
      }),
    )
    .min(1)
    .max(6),
});
export type FinishRequest = z.infer<typeof finishSchema>;

export const transferSchema = z.union([
  z.strictObject({ toFieldId: id }),
  z.strictObject({ toCounterId: id }),
]);
export type TransferRequest = z.infer<typeof transferSchema>;

export const pauseSchema = z.strictObject({ reason: z.enum(PAUSE_REASONS) });
export type PauseRequest = z.infer<typeof pauseSchema>;

/** Body-less actions still send `{}` so every write is JSON. */
export const emptySchema = z.strictObject({});

export const joinCenterSchema = z.strictObject({ centerId: z.string().min(1).max(64) });
export type JoinCenterRequest = z.infer<typeof joinCenterSchema>;
