-- The manager's dashboard alerts: raised when a condition starts, resolved when it ends, acknowledged by a manager.
-- One open alert per kind and subject. Keep in step with the other database's V8.
CREATE TABLE alerts (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind            TEXT NOT NULL,
  severity        TEXT NOT NULL,
  subject_type    TEXT NOT NULL,
  subject         TEXT NOT NULL,
  message_zh      TEXT NOT NULL,
  message_en      TEXT NOT NULL,
  raised_at       BIGINT NOT NULL,
  resolved_at     BIGINT,
  acknowledged_by TEXT,
  acknowledged_at BIGINT
);
CREATE UNIQUE INDEX alerts_one_open ON alerts (kind, subject) WHERE resolved_at IS NULL;
CREATE INDEX alerts_raised ON alerts (raised_at);
