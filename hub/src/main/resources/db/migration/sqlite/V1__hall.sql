-- HallQ hub schema, SQLite. Times are epoch milliseconds (UTC), days are yyyy-MM-dd.
-- Keep in step with ../postgresql/V1__hall.sql: the same tables, columns and rules.
CREATE TABLE tickets (
  id          TEXT PRIMARY KEY,
  day         TEXT    NOT NULL,
  service_id  TEXT    NOT NULL,
  number      TEXT    NOT NULL,
  sequence    INTEGER NOT NULL,
  state       TEXT    NOT NULL,
  priority    INTEGER NOT NULL,
  kiosk_id    TEXT,
  issued_at   INTEGER NOT NULL,
  called_at   INTEGER,
  finished_at INTEGER,
  window_no   INTEGER,
  staff_no    TEXT,
  calls       INTEGER NOT NULL DEFAULT 0,
  UNIQUE (day, number),
  UNIQUE (day, service_id, sequence)
);
CREATE INDEX tickets_by_day ON tickets (day, state);

CREATE TABLE windows (
  number       INTEGER PRIMARY KEY,
  phase        TEXT    NOT NULL,
  ticket_id    TEXT,
  call_seq     INTEGER NOT NULL,
  pause_reason TEXT,
  since        INTEGER NOT NULL
);

CREATE TABLE calls (
  seq       INTEGER PRIMARY KEY,
  ticket_id TEXT    NOT NULL,
  window_no INTEGER NOT NULL,
  recall    INTEGER NOT NULL,
  staff_no  TEXT,
  called_at INTEGER NOT NULL
);

CREATE TABLE ratings (
  ticket_id   TEXT PRIMARY KEY,
  request_id  TEXT    NOT NULL,
  window_no   INTEGER NOT NULL,
  device_id   TEXT,
  level       TEXT    NOT NULL,
  reasons     TEXT    NOT NULL,
  comment     TEXT,
  rated_at    INTEGER NOT NULL,
  received_at INTEGER NOT NULL
);

CREATE TABLE events (
  seq       INTEGER PRIMARY KEY AUTOINCREMENT,
  at        INTEGER NOT NULL,
  type      TEXT    NOT NULL,
  ticket_id TEXT,
  window_no INTEGER,
  staff_no  TEXT,
  detail    TEXT
);
