// The address of a ticket's status page, printed as a QR code on the ticket. It carries the
// unguessable status token, never the ticket's number or id.
export function statusUrl(token: string): string {
  return `${location.origin}/status?t=${encodeURIComponent(token)}`;
}
