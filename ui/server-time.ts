// "Now" on the server's clock, which decides sessions, calls and waits. The device's own clock may be
// wrong, and a demo server may run on a clock of its own (MOTCUA_CLOCK): every time a screen shows
// is the server's. Any answer that carries `serverTime` sets the offset (ui/data/http.ts, the socket
// snapshots); a screen that has had none asks GET /api/time (syncServerTime).
let offset: number | null = null;

/** The server said it was `serverTime` when the answer arrived (now, on the device). */
export function noteServerTime(serverTime: number, receivedAt = Date.now()): void {
  offset = serverTime - receivedAt;
}

/** Whether an answer has told the server's time yet. */
export function serverTimeKnown(): boolean {
  return offset !== null;
}

/** The server's time at a device instant (default: now). */
export function serverTimeAt(deviceAt: number): number {
  return deviceAt + (offset ?? 0);
}

export function serverNow(): number {
  return serverTimeAt(Date.now());
}
