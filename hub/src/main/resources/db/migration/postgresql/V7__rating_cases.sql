-- Bad-rating cases (差评工单): one per 不满意/非常不满意 rating, their histories (who did what, when, with which
-- notes: the cases' audit trail) and how far the case book has read the event log. Keep in step with the other
-- database's V7.
CREATE TABLE rating_cases (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id         TEXT    NOT NULL UNIQUE,
  ticket_number     TEXT    NOT NULL,
  ticket_day        TEXT    NOT NULL,
  window_no         INTEGER NOT NULL,
  staff_no          TEXT,
  service_id        TEXT    NOT NULL,
  service_name      TEXT,
  department        TEXT,
  level             TEXT    NOT NULL,
  reasons           TEXT    NOT NULL,
  comment           TEXT,
  rated_at          BIGINT  NOT NULL,
  opened_at         BIGINT  NOT NULL,
  deadline          TEXT    NOT NULL,
  state             TEXT    NOT NULL,
  called_back       INTEGER NOT NULL,
  reached           INTEGER,
  closed_at         BIGINT,
  appeal_by         TEXT,
  appeal_reason     TEXT,
  appeal_from       TEXT,
  appeal_decision   TEXT,
  appeal_decided_by TEXT,
  updated_at        BIGINT  NOT NULL,
  version           INTEGER NOT NULL
);
CREATE INDEX rating_cases_by_day ON rating_cases (ticket_day);
CREATE TABLE rating_case_history (
  seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id   BIGINT  NOT NULL REFERENCES rating_cases (id),
  at        BIGINT  NOT NULL,
  actor     TEXT    NOT NULL,
  action    TEXT    NOT NULL,
  from_state TEXT,
  to_state  TEXT    NOT NULL,
  notes     TEXT,
  detail    TEXT
);
CREATE INDEX rating_case_history_by_case ON rating_case_history (case_id, seq);
CREATE TABLE rating_case_cursor (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  last_event_seq BIGINT  NOT NULL
);
INSERT INTO rating_case_cursor (id, last_event_seq) VALUES (1, 0);
