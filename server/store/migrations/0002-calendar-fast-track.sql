-- Sessions, holidays, the No-wait Friday fast track, bookings and result due dates.

-- Office hours and extra sessions, per weekday (0 = Sunday … 6 = Saturday), minutes since local midnight.
CREATE TABLE weekly_sessions (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
  start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1440),
  end_min INTEGER NOT NULL CHECK (end_min BETWEEN 0 AND 1440 AND end_min > start_min),
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'extra'))
);
CREATE INDEX weekly_sessions_by_center ON weekly_sessions(center_id, weekday);

-- Sessions held at another place (a residential area's cultural house) over a date range.
CREATE TABLE outreach_sessions (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  start_min INTEGER NOT NULL,
  end_min INTEGER NOT NULL,
  place_vi TEXT NOT NULL,
  place_en TEXT NOT NULL
);
-- The counters (and so their clerks and display) that go to the outreach place.
CREATE TABLE outreach_counters (
  outreach_id INTEGER NOT NULL REFERENCES outreach_sessions(id) ON DELETE CASCADE,
  counter_id INTEGER NOT NULL REFERENCES counters(id),
  PRIMARY KEY (outreach_id, counter_id)
);

CREATE TABLE holidays (
  center_id TEXT NOT NULL REFERENCES centers(id),
  date TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  PRIMARY KEY (center_id, date)
);

-- The fast track: its days (JSON array of weekdays), its ticket prefix, booking slot settings.
ALTER TABLE centers ADD COLUMN fast_track_days TEXT NOT NULL DEFAULT '[5]';
ALTER TABLE centers ADD COLUMN fast_track_prefix TEXT NOT NULL DEFAULT 'N';
ALTER TABLE centers ADD COLUMN slot_minutes INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 240);
ALTER TABLE centers ADD COLUMN slot_capacity INTEGER NOT NULL DEFAULT 6 CHECK (slot_capacity >= 1);
ALTER TABLE centers ADD COLUMN booking_late_minutes INTEGER NOT NULL DEFAULT 15 CHECK (booking_late_minutes >= 0);

ALTER TABLE counters ADD COLUMN fast_track INTEGER NOT NULL DEFAULT 0;

-- 1: a dossier received from 15:00 counts from the next working day.
ALTER TABLE procedures ADD COLUMN afternoon_cutoff INTEGER NOT NULL DEFAULT 0;
-- Bookings one procedure may take in one slot.
ALTER TABLE procedures ADD COLUMN slot_capacity INTEGER NOT NULL DEFAULT 3 CHECK (slot_capacity >= 0);

-- Procedures eligible for the fast track, with the documents a complete dossier needs (JSON arrays).
CREATE TABLE fast_track_procedures (
  procedure_id INTEGER PRIMARY KEY REFERENCES procedures(id),
  checklist_vi TEXT NOT NULL,
  checklist_en TEXT NOT NULL
);

-- walk-in: the usual queue; fast: the fast lane; booking: checked in with a booking code.
ALTER TABLE tickets ADD COLUMN lane TEXT NOT NULL DEFAULT 'walk-in' CHECK (lane IN ('walk-in', 'fast', 'booking'));
-- A booked ticket is called ahead of walk-ins from its slot's start, not before.
ALTER TABLE tickets ADD COLUMN not_before INTEGER;
CREATE INDEX tickets_waiting_fast ON tickets(center_id, issued_at, id)
  WHERE state = 'waiting' AND lane = 'fast' AND transferred_at IS NULL;
CREATE INDEX tickets_waiting_booked ON tickets(field_id, not_before, id)
  WHERE state = 'waiting' AND lane = 'booking' AND transferred_at IS NULL;

-- The "4 on-site" steps of a fast-track dossier, each with its time and who did it.
CREATE TABLE fast_track_steps (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  center_id TEXT NOT NULL,
  local_date TEXT NOT NULL,
  received_at INTEGER,
  received_by INTEGER REFERENCES staff(id),
  appraised_at INTEGER,
  appraised_by INTEGER REFERENCES staff(id),
  approved_at INTEGER,
  approved_by INTEGER REFERENCES staff(id),
  refused_at INTEGER,
  refused_by INTEGER REFERENCES staff(id),
  refusal_reason TEXT,
  returned_at INTEGER,
  returned_by INTEGER REFERENCES staff(id)
);
CREATE INDEX fast_track_steps_by_day ON fast_track_steps(center_id, local_date);

CREATE TABLE bookings (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  center_id TEXT NOT NULL REFERENCES centers(id),
  procedure_id INTEGER NOT NULL REFERENCES procedures(id),
  date TEXT NOT NULL,
  slot_start INTEGER NOT NULL,
  slot_end INTEGER NOT NULL,
  citizen_name TEXT NOT NULL,
  phone TEXT,
  state TEXT NOT NULL CHECK (state IN ('booked', 'checked-in', 'cancelled')),
  ticket_id INTEGER REFERENCES tickets(id),
  created_at INTEGER NOT NULL,
  created_by INTEGER REFERENCES staff(id)
);
CREATE INDEX bookings_by_slot ON bookings(center_id, date, slot_start) WHERE state <> 'cancelled';

-- Result dates: the legal due date computed at finish, and when the result was actually returned.
ALTER TABLE ticket_procedures ADD COLUMN due_date TEXT;
ALTER TABLE ticket_procedures ADD COLUMN returned_on TEXT;

-- The walk-in queues exclude the fast lane and bookings, which have their own indexes.
DROP INDEX tickets_waiting_fresh;
CREATE INDEX tickets_waiting_fresh ON tickets(field_id, is_priority, issued_at, id)
  WHERE state = 'waiting' AND transferred_at IS NULL AND lane = 'walk-in';
