// A ticket's call-back notifications (Web Push), by its status token: the state, opting in and out.
import type { PushSubscribeRequest } from '../../shared/schemas.js';
import type { PushState } from '../../shared/types.js';
import { request } from './http.js';

const path = (token: string) => `/api/tickets/status/${encodeURIComponent(token)}/push`;

export const getPushState = (token: string) => request<PushState>('GET', path(token));

export const subscribePush = (token: string, req: PushSubscribeRequest) => request<PushState>('POST', path(token), req);

export const unsubscribePush = (token: string) => request<PushState>('POST', `${path(token)}/delete`, {});
