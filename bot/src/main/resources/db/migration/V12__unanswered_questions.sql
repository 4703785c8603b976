-- Questions that ended in "not sure" (NOT_SURE) or "not in the data" (NOT_IN_DATA), counted per
-- day (UTC). Only the normalised question is kept: no user id, name or channel. Rows older than
-- 90 days are deleted.
CREATE TABLE unanswered_question (
    asked_on DATE         NOT NULL,
    question VARCHAR(200) NOT NULL,
    outcome  VARCHAR(16)  NOT NULL,
    asked    BIGINT       NOT NULL,
    PRIMARY KEY (asked_on, question, outcome)
);
