// Counter terminal actions, one function per API route.
import type { FinishRequest, OpenCounterRequest, PauseRequest, TransferRequest } from '../../shared/schemas.js';
import type { CounterView, TicketView } from '../../shared/types.js';
import { request } from './http.js';

const base = (id: number) => `/api/counters/${id}`;

export const getCounter = (id: number) => request<CounterView>('GET', base(id));
export const counterQueue = (id: number) => request<{ tickets: TicketView[] }>('GET', `${base(id)}/queue`);
export const openCounter = (id: number, req: OpenCounterRequest = {}) => request<CounterView>('POST', `${base(id)}/open`, req);
export const closeCounter = (id: number) => request<CounterView>('POST', `${base(id)}/close`);
export const pauseCounter = (id: number, req: PauseRequest) => request<CounterView>('POST', `${base(id)}/pause`, req);
export const resumeCounter = (id: number) => request<CounterView>('POST', `${base(id)}/resume`);
export const callNext = (id: number) => request<TicketView>('POST', `${base(id)}/call-next`);
export const callTicket = (id: number, ticketId: number) => request<TicketView>('POST', `${base(id)}/call`, { ticketId });
export const recall = (id: number) => request<TicketView>('POST', `${base(id)}/recall`);
export const startServing = (id: number) => request<TicketView>('POST', `${base(id)}/start`);
export const finish = (id: number, req: FinishRequest) => request<TicketView>('POST', `${base(id)}/finish`, req);
export const noShow = (id: number) => request<TicketView>('POST', `${base(id)}/no-show`);
export const transfer = (id: number, req: TransferRequest) => request<TicketView>('POST', `${base(id)}/transfer`, req);
