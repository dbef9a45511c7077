-- Service times of finished tickets, by their first procedure, kept as they happen: the wait estimate
-- reads the latest few without walking past every ticket still waiting for that procedure.
CREATE TABLE service_times (
  procedure_id INTEGER NOT NULL REFERENCES procedures(id),
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  minutes REAL NOT NULL,
  PRIMARY KEY (procedure_id, ticket_id)
);

INSERT INTO service_times (procedure_id, ticket_id, minutes)
  SELECT p.procedure_id, t.id, (t.finished_at - t.started_at) / 60000.0
  FROM tickets t JOIN ticket_procedures p ON p.ticket_id = t.id AND p.position = 0
  WHERE t.state = 'done' AND t.started_at IS NOT NULL AND t.finished_at IS NOT NULL;

CREATE TRIGGER service_times_on_finish AFTER UPDATE OF state ON tickets
  WHEN NEW.state = 'done' AND NEW.started_at IS NOT NULL AND NEW.finished_at IS NOT NULL
BEGIN
  INSERT OR REPLACE INTO service_times (procedure_id, ticket_id, minutes)
    SELECT procedure_id, NEW.id, (NEW.finished_at - NEW.started_at) / 60000.0
    FROM ticket_procedures WHERE ticket_id = NEW.id AND position = 0;
END;

-- Its reads now come from service_times.
DROP INDEX IF EXISTS ticket_procedures_first;
