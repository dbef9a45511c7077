// The center's webhook endpoints, for its managers and admins.
import type { CreateWebhookRequest } from '../../shared/schemas.js';
import type { WebhookEndpointCreated, WebhookEndpointView } from '../../shared/types.js';
import { request } from './http.js';

const base = (centerId: string) => `/api/centers/${encodeURIComponent(centerId)}/webhooks`;

export const listWebhooks = (centerId: string) => request<{ endpoints: WebhookEndpointView[] }>('GET', base(centerId));
export const createWebhook = (centerId: string, req: CreateWebhookRequest) => request<WebhookEndpointCreated>('POST', base(centerId), req);
export const setWebhookActive = (centerId: string, id: number, active: boolean) =>
  request<WebhookEndpointView>('POST', `${base(centerId)}/${id}/${active ? 'enable' : 'disable'}`);
export const deleteWebhook = (centerId: string, id: number) => request<{ deleted: number }>('POST', `${base(centerId)}/${id}/delete`);
export const replayWebhook = (centerId: string, id: number, fromEventId: string) =>
  request<{ endpoint: WebhookEndpointView; requeued: number }>('POST', `${base(centerId)}/${id}/replay`, { fromEventId });
