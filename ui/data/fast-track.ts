// The "4 on-site" steps of fast-track dossiers: appraisal at the counter, a leader's approval.
import type { RefuseRequest } from '../../shared/schemas.js';
import type { FastTrackDay, FastTrackDossier } from '../../shared/types.js';
import { request } from './http.js';

export const fastTrackToday = (centerId: string) =>
  request<FastTrackDay>('GET', `/api/centers/${encodeURIComponent(centerId)}/fast-track/today`);
export const appraise = (counterId: number) => request<FastTrackDossier>('POST', `/api/counters/${counterId}/appraise`);
export const approve = (ticketId: number) => request<FastTrackDossier>('POST', `/api/tickets/${ticketId}/approve`);
export const refuse = (ticketId: number, req: RefuseRequest) =>
  request<FastTrackDossier>('POST', `/api/tickets/${ticketId}/refuse`, req);

export const ticketDossier = (ticketId: number) => request<FastTrackDossier>('GET', `/api/tickets/${ticketId}/fast-track`);
