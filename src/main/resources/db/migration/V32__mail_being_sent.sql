-- A mail is recorded as being sent (state SENDING, claimed_at) in its own committed transaction before
-- it is handed to the SMTP server, and as SENT right after. The version makes the claim a conditional
-- update: of two instances trying to send the same mail, one wins and the other leaves it alone.
ALTER TABLE referral_mail ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE referral_mail ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
