-- The referrer's private link to their referral's status page: only the SHA-256 of the token is kept,
-- so every mail that carries the link issues a new token (all valid until the link's expiry).
CREATE TABLE status_link (
    id          UUID                      NOT NULL PRIMARY KEY,
    referral_id UUID                      NOT NULL REFERENCES referral (id),
    token_hash  VARCHAR(64)               NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT status_link_token UNIQUE (token_hash)
);
CREATE INDEX status_link_referral ON status_link (referral_id);

-- Unknown tokens tried per client: above the limit the status page answers "too many attempts".
CREATE TABLE status_link_failure (
    id        UUID                      NOT NULL PRIMARY KEY,
    client    VARCHAR(64)               NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE  NOT NULL
);
CREATE INDEX status_link_failure_client ON status_link_failure (client, failed_at);

-- A referral now owes more than one mail per recipient (status changes, messages): each mail has a key,
-- 'submitted' for the first two. A mail is sent once per (referral, recipient, key).
ALTER TABLE referral_mail ADD COLUMN mail_key VARCHAR(80) DEFAULT 'submitted' NOT NULL;
ALTER TABLE referral_mail DROP CONSTRAINT referral_mail_once;
ALTER TABLE referral_mail ADD CONSTRAINT referral_mail_once UNIQUE (referral_id, recipient, mail_key);
