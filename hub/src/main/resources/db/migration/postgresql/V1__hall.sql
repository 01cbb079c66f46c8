-- HallQ hub schema, PostgreSQL. Times are epoch milliseconds (UTC), days are yyyy-MM-dd.
-- Keep in step with ../sqlite/V1__hall.sql: the same tables, columns and rules.
CREATE TABLE tickets (
  id          TEXT PRIMARY KEY,
  day         TEXT    NOT NULL,
  service_id  TEXT    NOT NULL,
  number      TEXT    NOT NULL,
  sequence    INTEGER NOT NULL,
  state       TEXT    NOT NULL,
  priority    INTEGER NOT NULL,
  kiosk_id    TEXT,
  issued_at   BIGINT NOT NULL,
  called_at   BIGINT,
  finished_at BIGINT,
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
  call_seq     BIGINT NOT NULL,
  pause_reason TEXT,
  since        BIGINT NOT NULL
);

CREATE TABLE calls (
  seq       BIGINT PRIMARY KEY,
  ticket_id TEXT    NOT NULL,
  window_no INTEGER NOT NULL,
  recall    INTEGER NOT NULL,
  staff_no  TEXT,
  called_at BIGINT NOT NULL
);

CREATE TABLE ratings (
  ticket_id   TEXT PRIMARY KEY,
  request_id  TEXT    NOT NULL,
  window_no   INTEGER NOT NULL,
  device_id   TEXT,
  level       TEXT    NOT NULL,
  reasons     TEXT    NOT NULL,
  comment     TEXT,
  rated_at    BIGINT NOT NULL,
  received_at BIGINT NOT NULL
);

CREATE TABLE events (
  seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at        BIGINT NOT NULL,
  type      TEXT    NOT NULL,
  ticket_id TEXT,
  window_no INTEGER,
  staff_no  TEXT,
  detail    TEXT
);
