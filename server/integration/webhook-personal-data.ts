// The one place that decides which personal data an endpoint's events carry: the citizen's name and
// phone typed for Form 01 (kept on the dossier lines only). They may go only to an endpoint whose API
// key holds the 'personal data' scope, which is off by default. No API keys exist yet, so no endpoint
// holds it and this adds nothing: every event goes out as the outbox wrote it, without a name or a
// phone (tests/integration/form-01.test.ts reads what a receiver gets). When keys with scopes arrive,
// this looks the endpoint's key up and, for a holder of the scope, reads the ticket's lines.

/** The personal fields added to an event's `data` for this endpoint: none without the scope. */
export function personalFields(_endpointId: number): Record<string, never> {
  return {};
}
