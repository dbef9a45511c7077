-- Web Push call-backs (issue 13): a citizen's phone that opted in is told when its ticket nears the
-- front and when it is called, even with the status page closed.

-- The server's VAPID key pair (RFC 8292), made at the first start: push services know the server by
-- its public key, so it must outlive restarts and restores (it is in every backup).
CREATE TABLE push_vapid_keys (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

-- One subscription per ticket, as the browser gave it (endpoint, its P-256 key and auth secret) and
-- the language the phone showed when the citizen opted in. center_id and local_date are the ticket's,
-- for the rounds that read a center's subscriptions and end those of days gone by.
CREATE TABLE push_subscriptions (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  center_id TEXT NOT NULL REFERENCES centers(id),
  local_date TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
  -- The "near the front" notice goes once per ticket.
  near_sent INTEGER NOT NULL DEFAULT 0 CHECK (near_sent IN (0, 1)),
  created_at INTEGER NOT NULL
);
CREATE INDEX push_subscriptions_near ON push_subscriptions(center_id) WHERE near_sent = 0;
CREATE INDEX push_subscriptions_by_day ON push_subscriptions(center_id, local_date);

-- A subscription ends with its ticket, in the transaction that ends it.
CREATE TRIGGER push_subscriptions_end AFTER UPDATE OF state ON tickets
WHEN NEW.state IN ('done', 'no-show', 'cancelled')
BEGIN
  DELETE FROM push_subscriptions WHERE ticket_id = NEW.id;
END;

-- When to send the "near the front" notice: this many places ahead, or minutes before the predicted call.
ALTER TABLE centers ADD COLUMN near_notice_by TEXT NOT NULL DEFAULT 'places' CHECK (near_notice_by IN ('places', 'minutes'));
ALTER TABLE centers ADD COLUMN near_notice_at INTEGER NOT NULL DEFAULT 3 CHECK (near_notice_at >= 0);
