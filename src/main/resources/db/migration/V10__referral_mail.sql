-- Delivery state of each mail owed for a referral, shown in the inbox. No row yet = queued.
CREATE TABLE referral_mail (
    id             UUID         NOT NULL PRIMARY KEY,
    referral_id    UUID         NOT NULL REFERENCES referral (id),
    recipient      VARCHAR(20)  NOT NULL,
    state          VARCHAR(10)  NOT NULL,
    attempts       INTEGER      NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE,
    failing_since  TIMESTAMP WITH TIME ZONE,
    last_error     VARCHAR(500),
    CONSTRAINT referral_mail_once UNIQUE (referral_id, recipient)
);
