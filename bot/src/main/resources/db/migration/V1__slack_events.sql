-- Slack events already answered, so a redelivered event (same event_id) is answered once,
-- even across instances that share the database.
CREATE TABLE slack_event (
    event_id    VARCHAR(100) PRIMARY KEY,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX slack_event_received_at ON slack_event (received_at);
