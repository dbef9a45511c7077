// The path of a ticket's status page: the QR code on the ticket and the call-back notifications open
// it. It carries the unguessable status token, never the ticket's number or id.
export function statusPath(token: string): string {
  return `/status?t=${encodeURIComponent(token)}`;
}
