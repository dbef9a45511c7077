-- The integration API: keys an admin gives outside systems, and what the records system says back
-- about a dossier.

-- Only a hash of each token is kept (SHA-256: the token is 256 random bits, not a password, so a
-- slow hash adds nothing); the prefix (`mc_` and 8 characters) tells keys apart on /admin and finds
-- the row, whose hash is then compared in constant time.
CREATE TABLE api_keys (
  id INTEGER PRIMARY KEY,
  center_id TEXT NOT NULL REFERENCES centers(id),
  name TEXT NOT NULL,
  prefix TEXT NOT NULL UNIQUE,
  token_hash BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  created_by INTEGER REFERENCES staff(id),
  last_used_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX api_keys_by_center ON api_keys(center_id);

CREATE TABLE api_key_scopes (
  key_id INTEGER NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
  scope TEXT NOT NULL,
  PRIMARY KEY (key_id, scope)
);

-- The records system's last word on a line's dossier: result-ready, refused or supplement-required.
ALTER TABLE ticket_procedures ADD COLUMN records_status TEXT;
ALTER TABLE ticket_procedures ADD COLUMN records_status_at INTEGER;
