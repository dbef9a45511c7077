// The integration API: keys an admin gives outside systems (the province's records system, a data
// warehouse), and what the records system says back about a dossier.

/**
 * What a key may do (docs/security.md lists the routes of each): read the center's tickets and
 * dossiers, receive its events (its webhook endpoints), write a dossier's status, and see citizens'
 * personal data where an answer or an event may carry it.
 */
export const API_SCOPES = ['tickets:read', 'events:receive', 'dossiers:write-status', 'personal-data'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A key as the admin sees it: never its token, which is answered once, at creation. */
export interface ApiKeyView {
  id: number;
  /** The center it belongs to; a province center's key also reaches its wards. */
  centerId: string;
  name: string;
  /** The token's first characters (`mc_` and 8 more), to tell keys apart. */
  prefix: string;
  scopes: ApiScope[];
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface ApiKeyCreated {
  key: ApiKeyView;
  /** `mc_` and 256 random bits: shown this once, only its hash is kept. */
  token: string;
}

/** The records system's word on a dossier (POST /api/dossiers/:code/status). */
export const RECORDS_STATUSES = ['result-ready', 'refused', 'supplement-required'] as const;
export type RecordsStatus = (typeof RECORDS_STATUSES)[number];
