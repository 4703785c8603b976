-- Teams uninstall. The team a channel belongs to (channelData.team.id, NULL outside teams), so that
-- removing the app from a team pauses the tips and change announcements of all its channels.
ALTER TABLE teams_conversation ADD COLUMN team_id VARCHAR(500);
CREATE INDEX teams_conversation_team ON teams_conversation (tenant_id, team_id);

-- People who removed the app from their personal scope: their personal data is deleted after the
-- same grace period as a removed workspace's, unless they install it again first (then the row goes).
CREATE TABLE removed_person (
    platform     VARCHAR(10)  NOT NULL,
    workspace_id VARCHAR(100) NOT NULL,
    user_id      VARCHAR(300) NOT NULL,
    removed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform, workspace_id, user_id)
);
CREATE INDEX removed_person_removed_at ON removed_person (removed_at);
