-- A ticket's place in line (after 过号 it comes back later), a window it was transferred to, and who is on
-- duty at each window (log in/out, AB岗). Keep in step with ../postgresql/V2__places_and_staff.sql.
ALTER TABLE tickets ADD COLUMN queued_at INTEGER;
ALTER TABLE tickets ADD COLUMN reserved_window INTEGER;
ALTER TABLE windows ADD COLUMN staff_no TEXT;
