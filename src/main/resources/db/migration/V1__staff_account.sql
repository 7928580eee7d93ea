-- Staff who may log in to the inbox (principal investigator, trial coordinator).
CREATE TABLE staff_account (
    id            UUID         NOT NULL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(40)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
