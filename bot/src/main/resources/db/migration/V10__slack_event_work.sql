-- What an acknowledged Slack request still has to do (a reply, a Home tab, a tips command),
-- saved before the acknowledgement so that a stop or a crash cannot lose it. Cleared once done;
-- an unanswered row whose claim is older than the takeover time is picked up again.
ALTER TABLE slack_event ADD COLUMN work VARCHAR(200000);

CREATE INDEX slack_event_unanswered ON slack_event (answered, received_at);
