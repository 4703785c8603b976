-- Where to reach each Teams conversation the bot has heard from (service URLs can change),
-- for proactive messages such as daily tips.
CREATE TABLE teams_conversation (
    conversation_id VARCHAR(500) PRIMARY KEY,
    service_url     VARCHAR(1000) NOT NULL,
    tenant_id       VARCHAR(100),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
