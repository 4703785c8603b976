package uk.gov.ddat.capability.bot.local;

import java.util.Map;
import java.util.Optional;

/**
 * How the jar was started: {@code --ask "<text>" [--format text|slack|teams]} answers once and
 * exits; with no Slack or Teams credentials the bot runs as a prompt on the terminal; otherwise,
 * or with {@code --server}, it starts the web application.
 */
public record LaunchOptions(Optional<String> ask, String format, boolean server) {

    /** Any of these means a platform is configured, so the bot should serve it. */
    static final String[] CREDENTIALS = {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET",
            "SLACK_CLIENT_ID", "TEAMS_APP_ID", "TEAMS_OUTGOING_WEBHOOK_SECRET"};

    public static LaunchOptions parse(String[] args) {
        Optional<String> ask = Optional.empty();
        String format = "text";
        boolean server = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ask" -> ask = Optional.of(i + 1 < args.length ? args[++i] : "");
                case "--format" -> format = i + 1 < args.length ? args[++i] : format;
                case "--server" -> server = true;
                default -> {
                    if (args[i].startsWith("--ask=")) {
                        ask = Optional.of(args[i].substring("--ask=".length()));
                    } else if (args[i].startsWith("--format=")) {
                        format = args[i].substring("--format=".length());
                    }
                }
            }
        }
        return new LaunchOptions(ask, format, server);
    }

    /** True when the web application should start rather than the terminal prompt. */
    public boolean serve(Map<String, String> environment) {
        if (server) {
            return true;
        }
        for (String name : CREDENTIALS) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
