-- Messages between the trial team and the referrer about one referral (at most 2000 characters each).
-- The mails only say that a message is waiting; the text stays here, behind the inbox login or the
-- referrer's private link. read_at: when staff first saw a referrer's reply (NULL = unread).
CREATE TABLE referral_message (
    id           UUID                      NOT NULL PRIMARY KEY,
    referral_id  UUID                      NOT NULL REFERENCES referral (id),
    author       VARCHAR(10)               NOT NULL,
    staff_author VARCHAR(100),
    text         VARCHAR(2000)             NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX referral_message_referral ON referral_message (referral_id, written_at);
