-- A ticket keeps its number when it moves to another service (转办, 一件事), so only the number is unique in a
-- day, not (service, sequence); SQLite drops a table constraint by rebuilding the table. Bundles (一件事): the
-- route a ticket walks and how far it has come. Keep in step with ../postgresql/V5__numbers_and_bundles.sql.
CREATE TABLE tickets_v5 (
  id              TEXT PRIMARY KEY,
  day             TEXT    NOT NULL,
  service_id      TEXT    NOT NULL,
  number          TEXT    NOT NULL,
  sequence        INTEGER NOT NULL,
  state           TEXT    NOT NULL,
  priority        INTEGER NOT NULL,
  kiosk_id        TEXT,
  issued_at       INTEGER NOT NULL,
  called_at       INTEGER,
  finished_at     INTEGER,
  window_no       INTEGER,
  staff_no        TEXT,
  calls           INTEGER NOT NULL DEFAULT 0,
  queued_at       INTEGER,
  reserved_window INTEGER,
  appointment_at  INTEGER,
  bundle_id       TEXT,
  step            INTEGER NOT NULL DEFAULT 0,
  UNIQUE (day, number)
);
INSERT INTO tickets_v5 (id, day, service_id, number, sequence, state, priority, kiosk_id, issued_at, called_at,
                        finished_at, window_no, staff_no, calls, queued_at, reserved_window, appointment_at)
  SELECT id, day, service_id, number, sequence, state, priority, kiosk_id, issued_at, called_at,
         finished_at, window_no, staff_no, calls, queued_at, reserved_window, appointment_at FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_v5 RENAME TO tickets;
CREATE INDEX tickets_by_day ON tickets (day, state);
