package uk.gov.ddat.capability.bot.local;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

import uk.gov.ddat.capability.bot.framework.FrameworkProperties;

/**
 * The few settings the terminal needs, looked up the way Spring Boot would find them, without
 * starting Spring (which costs the one-shot question most of its second): {@code --name=value}
 * arguments first, then {@code -Dname=value}, then the environment variable
 * ({@code framework.data-file} as {@code FRAMEWORK_DATA_FILE}). The defaults are application.yml's.
 */
final class LocalSettings {

    private final String[] arguments;
    private final Map<String, String> environment;
    private final Function<String, String> systemProperties;

    LocalSettings(String[] arguments, Map<String, String> environment, Function<String, String> systemProperties) {
        this.arguments = arguments.clone();
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    FrameworkProperties framework() {
        return new FrameworkProperties(text("framework.export-dir"), text("framework.export-url"),
                parsed("framework.fetch-timeout", DurationStyle::detectAndParse), text("framework.data-file"),
                Duration.ZERO, parsed("framework.fetch-max-size", DataSize::parse));
    }

    long cacheSize() {
        Long size = parsed("conversation.cache-size", Long::valueOf);
        return size == null ? 10_000 : size;
    }

    private String text(String name) {
        String prefix = "--" + name + "=";
        for (String argument : arguments) {
            if (argument.startsWith(prefix)) {
                return argument.substring(prefix.length());
            }
        }
        String property = systemProperties.apply(name);
        return property != null ? property : environment.get(variable(name));
    }

    private <T> T parsed(String name, Function<String, T> parse) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the setting " + name + " (" + variable(name) + ") is not valid: '"
                    + value + "'");
        }
    }

    static String variable(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
