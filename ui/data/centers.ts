// Center data for every screen.
import type {
  AgencyCodeRequest,
  NearNoticeRequest,
  PersonalDataRequest,
  PublicUrlRequest,
  QueueRulesRequest,
  VoiceSettingsRequest,
} from '../../shared/schemas.js';
import type { CatalogView, CenterInfo } from '../../shared/types.js';
import { request } from './http.js';

export const listCenters = () => request<{ centers: CenterInfo[] }>('GET', '/api/centers');

export const getCatalog = (centerId: string) =>
  request<CatalogView>('GET', `/api/centers/${encodeURIComponent(centerId)}/catalog`);

/** The center named in `?center=`, else the first one the server hosts. */
export async function resolveCenterId(): Promise<string | null> {
  const fromUrl = new URLSearchParams(location.search).get('center');
  if (fromUrl) return fromUrl;
  const res = await listCenters();
  return 'error' in res ? null : (res.centers[0]?.id ?? null);
}

export const saveQueueRules = (centerId: string, req: QueueRulesRequest) =>
  request<CenterInfo>('POST', `/api/centers/${encodeURIComponent(centerId)}/queue-rules`, req);

export const savePublicUrl = (centerId: string, req: PublicUrlRequest) =>
  request<CenterInfo>('POST', `/api/centers/${encodeURIComponent(centerId)}/public-url`, req);

export const saveVoice = (centerId: string, req: VoiceSettingsRequest) =>
  request<CenterInfo>('POST', `/api/centers/${encodeURIComponent(centerId)}/voice`, req);

export const saveAgencyCode = (centerId: string, req: AgencyCodeRequest) =>
  request<CenterInfo>('POST', `/api/centers/${encodeURIComponent(centerId)}/agency-code`, req);
/** How many months Form 01's name and phone are kept. */
export const savePersonalData = (centerId: string, req: PersonalDataRequest) =>
  request<CenterInfo>('POST', `/api/centers/${encodeURIComponent(centerId)}/personal-data`, req);
export const saveNearNotice = (centerId: string, req: NearNoticeRequest) =>
  request<CenterInfo>('POST', `/api/centers/${encodeURIComponent(centerId)}/near-notice`, req);
