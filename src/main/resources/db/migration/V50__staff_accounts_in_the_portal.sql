-- Staff accounts managed in the portal (issue 14, items 3 and 4): a contact address for the
-- one-time links, deactivation, a forced password change, and the second factor (TOTP).
ALTER TABLE staff_account ADD COLUMN email VARCHAR(254);
ALTER TABLE staff_account ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE staff_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
-- The TOTP secret (Base32) once enrolment is confirmed; null = not enrolled.
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(64);
-- The last accepted TOTP time step: a code of this step or an earlier one is refused (no replay).
ALTER TABLE staff_account ADD COLUMN totp_last_time_step BIGINT;

-- One-time links to set a password (invitation, reset): only the SHA-256 of the token is stored.
CREATE TABLE staff_account_token (
    id          UUID        NOT NULL PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES staff_account (id),
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    purpose     VARCHAR(20) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_account_token_account_idx ON staff_account_token (account_id);

-- One-time recovery codes of the second factor: only the SHA-256 of each code is stored.
CREATE TABLE staff_recovery_code (
    id          UUID        NOT NULL PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES staff_account (id),
    code_hash   VARCHAR(64) NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_recovery_code_account_idx ON staff_recovery_code (account_id);
