// The address of a ticket's status page, printed as a QR code on the ticket.
import { statusPath } from '../shared/status-path.js';

export function statusUrl(token: string): string {
  return location.origin + statusPath(token);
}
