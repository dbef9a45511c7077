-- Manager board, wait estimates, reports over a year of history, and the province level.

-- A ward or commune center belongs to a province center; staff of the parent may read its children.
ALTER TABLE centers ADD COLUMN parent_id TEXT REFERENCES centers(id);
-- The board raises an alert for a wait longer than this.
ALTER TABLE centers ADD COLUMN wait_alert_minutes INTEGER NOT NULL DEFAULT 30 CHECK (wait_alert_minutes >= 1);
CREATE INDEX centers_by_parent ON centers(parent_id) WHERE parent_id IS NOT NULL;

-- The wait the citizen was told at issue, to measure the estimate's accuracy.
ALTER TABLE tickets ADD COLUMN estimated_wait_minutes INTEGER;

-- Per ticket, kept by triggers from its procedure lines: how many, and how many results were handed
-- over early, on time or late against the due date. Reports then read one row per ticket, not three.
ALTER TABLE tickets ADD COLUMN procedure_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN results_early INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN results_on_time INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN results_late INTEGER NOT NULL DEFAULT 0;

UPDATE tickets SET
  procedure_count = (SELECT COUNT(*) FROM ticket_procedures p WHERE p.ticket_id = tickets.id),
  results_early = (SELECT COUNT(*) FROM ticket_procedures p WHERE p.ticket_id = tickets.id AND p.returned_on < p.due_date),
  results_on_time = (SELECT COUNT(*) FROM ticket_procedures p WHERE p.ticket_id = tickets.id AND p.returned_on = p.due_date),
  results_late = (SELECT COUNT(*) FROM ticket_procedures p WHERE p.ticket_id = tickets.id AND p.returned_on > p.due_date);

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

-- Reports read a center's date range from this index alone (every column they aggregate is in it).
CREATE INDEX tickets_report ON tickets(
  center_id, local_date, field_id, counter_id, served_by, state, issued_at, called_at, started_at, finished_at,
  transferred_at, procedure_count, results_early, results_on_time, results_late
);
-- Results promised and not handed over: few at any time; overdue ones count as late.
CREATE INDEX ticket_procedures_pending ON ticket_procedures(due_date) WHERE outcome = 'appointment' AND returned_on IS NULL;
