-- Every ticket issued (and every event of a ticket) writes one page per b-tree it enters, and each
-- page costs the commit a WAL frame (bench row 1). Three of those b-trees served nothing.

-- (center_id, local_date) is the head of UNIQUE (center_id, local_date, number) and of tickets_report.
DROP INDEX tickets_by_day;

-- Events are read by center and time (the wall's last calls: ticket_events_calls), never by ticket;
-- and tickets are never deleted, so no foreign-key check needs it either.
DROP INDEX ticket_events_by_ticket;

-- Procedure lines are found by their ticket: keyed by (ticket_id, position) itself, with no rowid
-- b-tree beside the key's index. (A trigger naming the table stops the rename: it is set again below.)
DROP TRIGGER service_times_on_finish;
CREATE TABLE ticket_procedures_keyed (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  position INTEGER NOT NULL,
  procedure_id INTEGER NOT NULL REFERENCES procedures(id),
  outcome TEXT CHECK (outcome IN ('returned', 'appointment', 'incomplete')),
  result_date TEXT,
  due_date TEXT,
  returned_on TEXT,
  PRIMARY KEY (ticket_id, position)
) WITHOUT ROWID;
INSERT INTO ticket_procedures_keyed (ticket_id, position, procedure_id, outcome, result_date, due_date, returned_on)
  SELECT ticket_id, position, procedure_id, outcome, result_date, due_date, returned_on FROM ticket_procedures;
DROP TABLE ticket_procedures;
ALTER TABLE ticket_procedures_keyed RENAME TO ticket_procedures;

-- Dropped with the old table or above; the same as in 0005 and 0006.
CREATE TRIGGER service_times_on_finish AFTER UPDATE OF state ON tickets
  WHEN NEW.state = 'done' AND NEW.started_at IS NOT NULL AND NEW.finished_at IS NOT NULL
BEGIN
  INSERT OR REPLACE INTO service_times (procedure_id, ticket_id, minutes)
    SELECT procedure_id, NEW.id, (NEW.finished_at - NEW.started_at) / 60000.0
    FROM ticket_procedures WHERE ticket_id = NEW.id AND position = 0;
END;
CREATE TRIGGER ticket_procedures_counted AFTER INSERT ON ticket_procedures BEGIN
  UPDATE tickets SET
    procedure_count = procedure_count + 1,
    results_early = results_early + COALESCE(NEW.returned_on < NEW.due_date, 0),
    results_on_time = results_on_time + COALESCE(NEW.returned_on = NEW.due_date, 0),
    results_late = results_late + COALESCE(NEW.returned_on > NEW.due_date, 0)
  WHERE id = NEW.ticket_id;
END;
CREATE TRIGGER ticket_procedures_results AFTER UPDATE OF due_date, returned_on ON ticket_procedures BEGIN
  UPDATE tickets SET
    results_early = results_early + COALESCE(NEW.returned_on < NEW.due_date, 0) - COALESCE(OLD.returned_on < OLD.due_date, 0),
    results_on_time = results_on_time + COALESCE(NEW.returned_on = NEW.due_date, 0) - COALESCE(OLD.returned_on = OLD.due_date, 0),
    results_late = results_late + COALESCE(NEW.returned_on > NEW.due_date, 0) - COALESCE(OLD.returned_on > OLD.due_date, 0)
  WHERE id = NEW.ticket_id;
END;
CREATE INDEX ticket_procedures_pending ON ticket_procedures(due_date) WHERE outcome = 'appointment' AND returned_on IS NULL;
