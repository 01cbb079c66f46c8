-- A ticket keeps its number when it moves to another service (转办, 一件事), so only the number is unique in a
-- day, not (service, sequence). Bundles (一件事): the route a ticket walks and how far it has come.
-- Keep in step with ../sqlite/V5__numbers_and_bundles.sql.
ALTER TABLE tickets DROP CONSTRAINT IF EXISTS tickets_day_service_id_sequence_key;
ALTER TABLE tickets ADD COLUMN bundle_id TEXT;
ALTER TABLE tickets ADD COLUMN step INTEGER NOT NULL DEFAULT 0;
