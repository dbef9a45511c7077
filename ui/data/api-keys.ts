// The center's integration API keys, for its admins.
import type { CreateApiKeyRequest } from '../../shared/schemas.js';
import type { ApiKeyCreated, ApiKeyView } from '../../shared/types.js';
import { request } from './http.js';

const base = (centerId: string) => `/api/centers/${encodeURIComponent(centerId)}/api-keys`;

export const listApiKeys = (centerId: string) => request<{ keys: ApiKeyView[] }>('GET', base(centerId));
export const createApiKey = (centerId: string, req: CreateApiKeyRequest) => request<ApiKeyCreated>('POST', base(centerId), req);
export const revokeApiKey = (centerId: string, id: number) => request<{ key: ApiKeyView }>('POST', `${base(centerId)}/${id}/revoke`);
