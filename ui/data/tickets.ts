// Issuing, reprinting and withdrawing tickets; a ticket's public status.
import type { IssueTicketRequest } from '../../shared/schemas.js';
import type { AppointmentSlipView, DossierLine, IssuedTicket, PendingResult, TicketView } from '../../shared/types.js';
import { request } from './http.js';

export const issueTicket = (centerId: string, req: IssueTicketRequest) =>
  request<IssuedTicket>('POST', `/api/centers/${encodeURIComponent(centerId)}/tickets`, req);

export const todaysTickets = (centerId: string) =>
  request<{ tickets: TicketView[] }>('GET', `/api/centers/${encodeURIComponent(centerId)}/tickets/today`);

export const ticketSlip = (ticketId: number) => request<IssuedTicket>('GET', `/api/tickets/${ticketId}/slip`);

export const cancelTicket = (ticketId: number) => request<TicketView>('POST', `/api/tickets/${ticketId}/cancel`);

/** Hands over a result promised on an appointment slip; records early / on time / late. */
export const returnResult = (ticketId: number, procedureId: number) =>
  request<TicketView>('POST', `/api/tickets/${ticketId}/procedures/${procedureId}/return`);

/** Results promised on appointment slips, not yet handed over (any day). */
export const pendingResults = (centerId: string) =>
  request<{ results: PendingResult[] }>('GET', `/api/centers/${encodeURIComponent(centerId)}/results/pending`);

/** The procedure line of a dossier code, of any day (the code goes in the body, never in the URL). */
export const findDossier = (centerId: string, code: string) =>
  request<{ dossier: DossierLine | null }>('POST', `/api/centers/${encodeURIComponent(centerId)}/dossiers/search`, { code });

/** Form 01 of a ticket, to print or reprint (staff of its center: the citizen's name and phone). */
export const appointmentSlip = (ticketId: number) => request<AppointmentSlipView>('GET', `/api/tickets/${ticketId}/appointment`);
