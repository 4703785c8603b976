-- Slack workspaces (and Enterprise Grid organisations) that installed the app through "Add to
-- Slack", one row each, with the bot's token encrypted (AES-GCM, see TokenCipher): never in clear.
CREATE TABLE slack_installation (
    -- '' when the workspace is not in an Enterprise Grid organisation
    enterprise_id        VARCHAR(32)   NOT NULL,
    -- '' for an organisation-wide install
    team_id              VARCHAR(32)   NOT NULL,
    enterprise_install   BOOLEAN       NOT NULL,
    app_id               VARCHAR(32),
    enterprise_name      VARCHAR(200),
    enterprise_url       VARCHAR(500),
    team_name            VARCHAR(200),
    bot_id               VARCHAR(32),
    bot_user_id          VARCHAR(32),
    bot_scope            VARCHAR(2000),
    token_type           VARCHAR(20),
    bot_token            VARCHAR(1000) NOT NULL,
    -- with token rotation on: the refresh token (encrypted) and when the bot token expires
    bot_refresh_token    VARCHAR(1000),
    bot_token_expires_at BIGINT,
    installer_user_id    VARCHAR(32),
    installed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enterprise_id, team_id)
);

-- OAuth state values handed out by /slack/install, each good once and for ten minutes.
CREATE TABLE slack_oauth_state (
    state      VARCHAR(100) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX slack_oauth_state_expires_at ON slack_oauth_state (expires_at);
