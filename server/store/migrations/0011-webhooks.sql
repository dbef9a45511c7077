-- Signed webhooks from a transactional outbox: every state change an outside system cares about
-- writes its event here in the same transaction as the change, with one delivery per subscribed
-- endpoint; the delivery worker (server/integration/webhook-delivery.ts) posts them and records each
-- attempt, so a restart resumes where it stopped.

-- seq orders the events (AUTOINCREMENT: never reused, even after old events are pruned);
-- public_id is the receivers' idempotency key, unique even across a restore from a backup.
CREATE TABLE outbox_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  public_id TEXT NOT NULL UNIQUE,
  center_id TEXT NOT NULL REFERENCES centers(id),
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX outbox_events_by_center ON outbox_events(center_id, seq);
CREATE INDEX outbox_events_by_time ON outbox_events(at);

-- The secret signs every request, so it is kept as it is (never shown after creation, never logged).
CREATE TABLE webhook_endpoints (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  created_by INTEGER REFERENCES staff(id),
  disabled_at INTEGER,
  last_success_at INTEGER,
  last_error TEXT,
  last_error_at INTEGER
);
CREATE INDEX webhook_endpoints_by_center ON webhook_endpoints(center_id);

CREATE TABLE webhook_endpoint_types (
  endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  PRIMARY KEY (endpoint_id, type)
);
CREATE INDEX webhook_endpoint_types_by_type ON webhook_endpoint_types(type, endpoint_id);

-- One row per (endpoint, event): pending while delivered_at and failed_at are both NULL.
CREATE TABLE webhook_deliveries (
  endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  event_seq INTEGER NOT NULL REFERENCES outbox_events(seq) ON DELETE CASCADE,
  ticket_id INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  first_attempt_at INTEGER,
  next_at INTEGER NOT NULL,
  delivered_at INTEGER,
  failed_at INTEGER,
  last_error TEXT,
  PRIMARY KEY (endpoint_id, event_seq)
);
-- What is due, and what holds a ticket's later events back (an earlier one not delivered yet).
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX webhook_deliveries_undelivered ON webhook_deliveries(endpoint_id, ticket_id, event_seq) WHERE delivered_at IS NULL;
CREATE INDEX webhook_deliveries_by_event ON webhook_deliveries(event_seq);
