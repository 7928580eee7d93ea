-- ShedLock's lock table: a scheduled job that several instances run (mail retry, republication after
-- a restart, later the retention purge) takes a named row here, so one instance at a time runs it.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
