-- Appointments (预约): one per citizen (keyed hash of the ID number) per service per day; the slot a
-- checked-in ticket goes first from. Keep in step with the other database's V4.
CREATE TABLE appointments (
  code        TEXT PRIMARY KEY,
  service_id  TEXT NOT NULL,
  day         TEXT NOT NULL,
  slot        TEXT NOT NULL,
  id_hash     TEXT NOT NULL,
  masked_id   TEXT NOT NULL,
  masked_name TEXT NOT NULL,
  state       TEXT NOT NULL,
  ticket_id   TEXT,
  booked_at   INTEGER NOT NULL
);
CREATE INDEX appointments_by_day ON appointments (day, service_id);
ALTER TABLE tickets ADD COLUMN appointment_at INTEGER;
