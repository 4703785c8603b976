-- One deployment serves many Slack workspaces and Teams tenants: conversations and tip
-- subscriptions are keyed by the workspace (Slack team or enterprise id) or tenant they belong to.
-- '' stands for "the one workspace" of a single-workspace Slack app and for rows made before this.

ALTER TABLE tip_subscription ADD COLUMN workspace_id VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE tip_subscription DROP CONSTRAINT tip_subscription_conversation;
ALTER TABLE tip_subscription
    ADD CONSTRAINT tip_subscription_conversation UNIQUE (platform, workspace_id, conversation_id);

ALTER TABLE teams_conversation RENAME TO teams_conversation_v3;
CREATE TABLE teams_conversation (
    tenant_id       VARCHAR(100)  NOT NULL,
    conversation_id VARCHAR(500)  NOT NULL,
    service_url     VARCHAR(1000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id)
);
INSERT INTO teams_conversation (tenant_id, conversation_id, service_url, updated_at)
    SELECT COALESCE(tenant_id, ''), conversation_id, service_url, updated_at FROM teams_conversation_v3;
DROP TABLE teams_conversation_v3;

-- Teams tip subscriptions made before this belong to the tenant their conversation was heard from.
UPDATE tip_subscription SET workspace_id = COALESCE(
        (SELECT c.tenant_id FROM teams_conversation c WHERE c.conversation_id = tip_subscription.conversation_id),
        '')
    WHERE platform = 'teams';
