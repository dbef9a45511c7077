-- Hardening: paired screens, an append-only audit log, idle session timeout.

-- Wall displays, kiosks and rating screens paired to a center (and a counter) by a one-time code.
-- Only hashes are kept: a copy of the database pairs no screen.
CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  counter_id INTEGER REFERENCES counters(id),
  kind TEXT NOT NULL CHECK (kind IN ('wall', 'kiosk', 'rating')),
  name TEXT NOT NULL,
  -- Cleared once used: a code pairs one screen.
  code_hash TEXT UNIQUE,
  code_expires_at INTEGER,
  token_hash TEXT NOT NULL UNIQUE,
  created_by INTEGER REFERENCES staff(id),
  created_at INTEGER NOT NULL,
  paired_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX devices_by_center ON devices(center_id);

-- Off by default (the demo's screens need no pairing); when on, the kiosk's ticket POST and the
-- display feed need a paired device of the center.
ALTER TABLE centers ADD COLUMN require_pairing INTEGER NOT NULL DEFAULT 0;

-- Every staff action, sign-in and pairing: who, when, from where. Rows are never changed or removed.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  center_id TEXT,
  staff_id INTEGER,
  username TEXT,
  role TEXT,
  device_id INTEGER,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}',
  status INTEGER NOT NULL,
  ip TEXT
);
CREATE INDEX audit_by_center ON audit_log(center_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Idle timeout: a session unused for too long is refused even before it expires.
ALTER TABLE auth_sessions ADD COLUMN last_seen_at INTEGER;
