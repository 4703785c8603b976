-- An event is claimed when it arrives and marked answered once the reply is sent; a claim whose
-- reply never went out (the instance stopped) may be taken over by a later redelivery.
ALTER TABLE slack_event ADD COLUMN answered BOOLEAN NOT NULL DEFAULT FALSE;
