package uk.gov.ddat.capability.bot.conversation;

import java.util.Arrays;

/** Where someone is talking to the bot. Stored with tips subscriptions by {@link #storedAs()}. */
public enum Platform {
    SLACK("slack"),
    TEAMS("teams"),
    TERMINAL("terminal");

    private final String storedAs;

    Platform(String storedAs) {
        this.storedAs = storedAs;
    }

    /** The value kept in the database's {@code platform} columns. */
    public String storedAs() {
        return storedAs;
    }

    public static Platform fromStored(String value) {
        return Arrays.stream(values()).filter(p -> p.storedAs.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown platform " + value));
    }
}
