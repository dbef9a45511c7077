-- Core queue schema. Times are epoch milliseconds (UTC); local_date is YYYY-MM-DD in the center's zone.

CREATE TABLE centers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL,
  timezone TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
  priority_mode TEXT NOT NULL DEFAULT 'interleaved' CHECK (priority_mode IN ('strict', 'interleaved')),
  priority_every INTEGER NOT NULL DEFAULT 3 CHECK (priority_every >= 1),
  recalls_before_no_show INTEGER NOT NULL DEFAULT 2 CHECK (recalls_before_no_show >= 0),
  recall_cooldown_seconds INTEGER NOT NULL DEFAULT 10 CHECK (recall_cooldown_seconds >= 0),
  created_at INTEGER NOT NULL
);

CREATE TABLE fields (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  prefix TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort INTEGER NOT NULL DEFAULT 0,
  UNIQUE (center_id, prefix)
);

CREATE TABLE procedures (
  id INTEGER PRIMARY KEY,
  field_id INTEGER NOT NULL REFERENCES fields(id),
  code TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  processing_days INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX procedures_by_field ON procedures(field_id);

CREATE TABLE counters (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  number INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'closed' CHECK (status IN ('closed', 'open', 'paused')),
  pause_reason TEXT,
  staff_id INTEGER REFERENCES staff(id),
  UNIQUE (center_id, number)
);

CREATE TABLE counter_fields (
  counter_id INTEGER NOT NULL REFERENCES counters(id),
  field_id INTEGER NOT NULL REFERENCES fields(id),
  rank INTEGER NOT NULL,
  PRIMARY KEY (counter_id, field_id)
);

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'leader', 'clerk', 'reception')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

CREATE TABLE auth_sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);

-- One row per (center, prefix, local day), advanced inside the issuing transaction:
-- numbering restarts each local day without a reset job.
CREATE TABLE ticket_sequences (
  center_id TEXT NOT NULL,
  prefix TEXT NOT NULL,
  local_date TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (center_id, prefix, local_date)
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  field_id INTEGER NOT NULL REFERENCES fields(id),
  local_date TEXT NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  priority TEXT,
  is_priority INTEGER NOT NULL GENERATED ALWAYS AS (priority IS NOT NULL) STORED,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'done', 'no-show', 'cancelled')),
  source TEXT NOT NULL CHECK (source IN ('kiosk', 'reception')),
  status_token TEXT NOT NULL UNIQUE,
  counter_id INTEGER REFERENCES counters(id),
  target_counter_id INTEGER REFERENCES counters(id),
  transferred_at INTEGER,
  recall_count INTEGER NOT NULL DEFAULT 0,
  last_called_at INTEGER,
  served_by INTEGER REFERENCES staff(id),
  issued_at INTEGER NOT NULL,
  called_at INTEGER,
  started_at INTEGER,
  finished_at INTEGER,
  UNIQUE (center_id, local_date, number)
);
-- The waiting queues, so Call next reads only the head of each (never the day's tickets).
CREATE INDEX tickets_waiting_fresh ON tickets(field_id, is_priority, issued_at, id)
  WHERE state = 'waiting' AND transferred_at IS NULL;
CREATE INDEX tickets_waiting_transferred ON tickets(field_id, transferred_at, id)
  WHERE state = 'waiting' AND transferred_at IS NOT NULL AND target_counter_id IS NULL;
CREATE INDEX tickets_waiting_targeted ON tickets(target_counter_id, transferred_at, id)
  WHERE state = 'waiting' AND target_counter_id IS NOT NULL;
CREATE INDEX tickets_at_counter ON tickets(counter_id) WHERE state IN ('called', 'serving');
CREATE INDEX tickets_by_day ON tickets(center_id, local_date);

CREATE TABLE ticket_procedures (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  position INTEGER NOT NULL,
  procedure_id INTEGER NOT NULL REFERENCES procedures(id),
  outcome TEXT CHECK (outcome IN ('returned', 'appointment', 'incomplete')),
  result_date TEXT,
  PRIMARY KEY (ticket_id, position)
);

-- Every call (and recall) for the wall display's history and for reports.
CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  center_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  counter_id INTEGER,
  staff_id INTEGER,
  detail TEXT
);
CREATE INDEX ticket_events_calls ON ticket_events(center_id, at) WHERE kind IN ('call', 'recall');
CREATE INDEX ticket_events_by_ticket ON ticket_events(ticket_id);

-- Interleaving fairness, per field and local day: normal tickets called since the field's last
-- priority ticket; NULL while no priority ticket has been called that day (priority is then due).
CREATE TABLE field_fairness (
  field_id INTEGER NOT NULL REFERENCES fields(id),
  local_date TEXT NOT NULL,
  normals_since_priority INTEGER,
  PRIMARY KEY (field_id, local_date)
);

CREATE INDEX tickets_waiting_by_field ON tickets(field_id) WHERE state = 'waiting';
