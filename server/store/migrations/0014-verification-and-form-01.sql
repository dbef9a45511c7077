-- #14 and #15: a clerk marks a dossier line "needs verification" (it leaves the same-day track and
-- gets Form 01 with a due date), and Form 01 carries the citizen's name and phone, typed at the
-- counter — personal data, kept only on the dossier line and cleared after the center's retention.

-- One of shared/types VERIFICATION_REASONS, and the clerk's words (required for 'other').
ALTER TABLE ticket_procedures ADD COLUMN verification_reason TEXT;
ALTER TABLE ticket_procedures ADD COLUMN verification_note TEXT CHECK (verification_note IS NULL OR verification_reason IS NOT NULL);

-- Working days a dossier needing verification may take (the Law on Civil Status allows up to 5 for a
-- marriage that needs verifying; seed data, unverified for the other procedures).
ALTER TABLE procedures ADD COLUMN verification_days INTEGER NOT NULL DEFAULT 5 CHECK (verification_days >= 0);

-- A fast-track dossier the clerk marked: off the same-day track, never late, counted apart.
ALTER TABLE fast_track_steps ADD COLUMN verification_at INTEGER;
ALTER TABLE fast_track_steps ADD COLUMN verification_by INTEGER REFERENCES staff(id);

-- Form 01's applicant, optional. Never in TicketView, an event, a log or a webhook.
ALTER TABLE ticket_procedures ADD COLUMN citizen_name TEXT;
ALTER TABLE ticket_procedures ADD COLUMN citizen_phone TEXT;
-- The purge (server/domain/personal-data.ts) finds the lines still holding either without a scan.
CREATE INDEX ticket_procedures_personal ON ticket_procedures(ticket_id) WHERE citizen_name IS NOT NULL OR citizen_phone IS NOT NULL;

-- Months after receipt that a line keeps its name and phone (the center sets it; 24 by default).
ALTER TABLE centers ADD COLUMN personal_data_months INTEGER NOT NULL DEFAULT 24 CHECK (personal_data_months BETWEEN 1 AND 120);
