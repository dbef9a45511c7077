-- The province's indicators from the counter side (shared/rules/province-indicators.ts).

-- The dossier's papers were digitised at the counter when it was received (a box per line at Finish);
-- only a line with a dossier code whose result is handed over or promised may carry it.
ALTER TABLE ticket_procedures ADD COLUMN digitised INTEGER NOT NULL DEFAULT 0 CHECK (digitised IN (0, 1));

-- Every pause of a counter, with the ticket at it then (NULL: nobody): an 'online-help' pause is a
-- citizen helped with online submission. Until now only the counter's current state was kept.
CREATE TABLE counter_pauses (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  counter_id INTEGER NOT NULL REFERENCES counters(id),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  ticket_id INTEGER REFERENCES tickets(id),
  reason TEXT NOT NULL,
  local_date TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX counter_pauses_by_day ON counter_pauses(center_id, local_date, reason);
CREATE INDEX counter_pauses_by_ticket ON counter_pauses(ticket_id) WHERE ticket_id IS NOT NULL;
