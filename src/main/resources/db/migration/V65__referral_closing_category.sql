-- Issue 15 item 4: a referral closed (not eligible, declined, withdrawn, other) gets a category from a short
-- list besides its free reason; for "not eligible", the criteria that failed (ids of the trial's criteria).
-- Anonymous (no free text): the screening log counts them, the referrer's status page shows the category.
-- NULL for referrals closed before this version (their category was never asked).
ALTER TABLE referral ADD COLUMN closing_category VARCHAR(40);

CREATE TABLE referral_failed_criterion (
    referral_id   UUID        NOT NULL REFERENCES referral (id),
    criterion_id  VARCHAR(20) NOT NULL,
    PRIMARY KEY (referral_id, criterion_id)
);
CREATE INDEX referral_closing_category_idx ON referral (closing_category);
