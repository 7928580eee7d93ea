-- Login throttling in the database, shared by every instance (the limits are global, and survive a
-- restart): consecutive failures per username, and login attempts per client address.
CREATE TABLE login_failure (
    username_key  VARCHAR(120) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per client address: locked (SELECT … FOR UPDATE) while its attempts are counted.
CREATE TABLE login_client (
    client        VARCHAR(64)  NOT NULL PRIMARY KEY
);

CREATE TABLE login_attempt (
    id            UUID         NOT NULL PRIMARY KEY,
    client        VARCHAR(64)  NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_attempt_client_idx ON login_attempt (client, attempted_at);
