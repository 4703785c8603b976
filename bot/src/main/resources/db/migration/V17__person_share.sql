-- A person shares their role level and latest self-assessment with a colleague (a line manager),
-- by that colleague's user id in the same workspace and platform: nothing is shared by default,
-- "unshare" deletes the row, and "forget me" deletes every row naming the person on either side.
-- The names are as the platform gave them when the share was made, shown only to the two people.
CREATE TABLE person_share (
    platform     VARCHAR(10)  NOT NULL,
    workspace_id VARCHAR(100) NOT NULL,
    sharer_id    VARCHAR(300) NOT NULL,
    viewer_id    VARCHAR(300) NOT NULL,
    sharer_name  VARCHAR(200) NOT NULL,
    viewer_name  VARCHAR(200) NOT NULL,
    shared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform, workspace_id, sharer_id, viewer_id)
);
-- A manager's team view reads by the viewer.
CREATE INDEX person_share_viewer ON person_share (platform, workspace_id, viewer_id);
