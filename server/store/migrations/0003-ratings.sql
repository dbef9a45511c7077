-- The citizen's side: satisfaction ratings, and the center's spoken call line.

-- One rating per ticket, kept with the counter and the staff member who served it (for reports).
CREATE TABLE ratings (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  center_id TEXT NOT NULL REFERENCES centers(id),
  local_date TEXT NOT NULL,
  counter_id INTEGER REFERENCES counters(id),
  staff_id INTEGER REFERENCES staff(id),
  score TEXT NOT NULL CHECK (score IN ('very-satisfied', 'satisfied', 'unsatisfied')),
  -- JSON array of reasons ('waiting-time', 'staff-attitude', 'guidance'), for 'unsatisfied' only.
  reasons TEXT NOT NULL DEFAULT '[]',
  -- 'phone': the status page (by token); 'counter': the counter's rating screen.
  source TEXT NOT NULL CHECK (source IN ('phone', 'counter')),
  rated_at INTEGER NOT NULL
);
CREATE INDEX ratings_by_day ON ratings(center_id, local_date);

-- The wall's call sentence, per language; {number} and {counter} are filled in (shared/voice.ts).
ALTER TABLE centers ADD COLUMN voice_template_vi TEXT NOT NULL DEFAULT 'Mời công dân có số {number} đến quầy số {counter}';
ALTER TABLE centers ADD COLUMN voice_template_en TEXT NOT NULL DEFAULT 'Ticket {number}, please go to counter {counter}';
