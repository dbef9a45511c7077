-- The dossier code of Circular 01/2018/TT-VPCP, Art. 19 on each procedure line, and the center's
-- agency code the codes must carry (shared/rules/dossier-code.ts).

-- The receiving agency's identifier code (e.g. 000.00.01.H26); NULL until an admin sets it, and then
-- no code is checked against it.
ALTER TABLE centers ADD COLUMN agency_code TEXT;

-- A line finished without a code is a guidance-only visit (or a dossier sent back to be completed).
-- The center is kept beside the code so the index can make a code unique within its center.
ALTER TABLE ticket_procedures ADD COLUMN dossier_code TEXT;
ALTER TABLE ticket_procedures ADD COLUMN dossier_center_id TEXT CHECK ((dossier_code IS NULL) = (dossier_center_id IS NULL));
CREATE UNIQUE INDEX ticket_procedures_dossier_code ON ticket_procedures(dossier_center_id, dossier_code) WHERE dossier_code IS NOT NULL;

-- Per ticket, kept by triggers like the result counts of 0005: its lines finished without a code,
-- for the reports. Every line finished so far had none.
ALTER TABLE tickets ADD COLUMN procedures_uncoded INTEGER NOT NULL DEFAULT 0;
UPDATE tickets SET procedures_uncoded = (SELECT COUNT(*) FROM ticket_procedures p WHERE p.ticket_id = tickets.id AND p.outcome IS NOT NULL)
  WHERE procedure_count > 0;

DROP TRIGGER ticket_procedures_counted;
CREATE TRIGGER ticket_procedures_counted AFTER INSERT ON ticket_procedures BEGIN
  UPDATE tickets SET
    procedure_count = procedure_count + 1,
    results_early = results_early + COALESCE(NEW.returned_on < NEW.due_date, 0),
    results_on_time = results_on_time + COALESCE(NEW.returned_on = NEW.due_date, 0),
    results_late = results_late + COALESCE(NEW.returned_on > NEW.due_date, 0),
    procedures_uncoded = procedures_uncoded + (NEW.outcome IS NOT NULL AND NEW.dossier_code IS NULL)
  WHERE id = NEW.ticket_id;
END;
CREATE TRIGGER ticket_procedures_uncoded AFTER UPDATE OF outcome, dossier_code ON ticket_procedures BEGIN
  UPDATE tickets SET procedures_uncoded = procedures_uncoded
      + (NEW.outcome IS NOT NULL AND NEW.dossier_code IS NULL) - (OLD.outcome IS NOT NULL AND OLD.dossier_code IS NULL)
  WHERE id = NEW.ticket_id;
END;

-- Reports still read a center's date range from this index alone: the same columns and the new count.
DROP INDEX tickets_report;
CREATE INDEX tickets_report ON tickets(
  center_id, local_date, field_id, counter_id, served_by, state, issued_at, called_at, started_at, finished_at,
  transferred_at, procedure_count, results_early, results_on_time, results_late, procedures_uncoded
);
