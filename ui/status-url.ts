// The address of a ticket's status page, printed as a QR code on the ticket: the center's public
// address (CenterInfo.qrUrl), else the address this screen was opened at. It carries the unguessable
// status token, never the ticket's number or id.
import { statusPageUrl } from '../shared/rules/public-url.js';
import type { CenterInfo } from '../shared/types.js';

export function statusUrl(token: string, center: Pick<CenterInfo, 'qrUrl'>): string {
  return statusPageUrl(center.qrUrl ?? location.origin, token);
}
