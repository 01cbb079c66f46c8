-- Real-name tickets (实名取号): the keyed hash of the ID number and the masked forms, never the number or
-- the name. Same in SQLite and PostgreSQL.
CREATE TABLE citizens (
  ticket_id   TEXT PRIMARY KEY,
  id_hash     TEXT NOT NULL,
  masked_id   TEXT NOT NULL,
  masked_name TEXT NOT NULL
);
CREATE INDEX citizens_by_hash ON citizens (id_hash);
