-- Reports read the event log by type over a time range (延时服务 finishes, 一件事 steps): without this index a
-- year's report would scan every event of the hall.
CREATE INDEX events_by_type_at ON events (type, at);
