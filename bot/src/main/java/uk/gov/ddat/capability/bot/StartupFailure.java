package uk.gov.ddat.capability.bot;

import java.util.Optional;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import uk.gov.ddat.capability.bot.support.LogSafe;

/**
 * Turns a failed start into one line that says what to fix (which port, which setting), for a
 * supervisor's log. It listens for the failure to learn the settings the app was started with.
 */
final class StartupFailure implements ApplicationListener<ApplicationFailedEvent> {

    private Environment environment;

    @Override
    public void onApplicationEvent(ApplicationFailedEvent event) {
        if (event.getApplicationContext() != null) {
            environment = event.getApplicationContext().getEnvironment();
        }
    }

    String describe(Throwable failure) {
        Optional<Integer> port = portInUse(failure);
        if (port.isPresent()) {
            return "Failed to start: port " + port.get() + " is already in use; set " + setting(port.get())
                    + " to a free port.";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return "Failed to start: " + LogSafe.text(root.getClass().getSimpleName() + message, 300);
    }

    private String setting(int port) {
        String publicPort = property("server.port", "8080");
        String managementPort = property("management.server.port", "8081");
        if (Integer.toString(port).equals(managementPort) && !managementPort.equals(publicPort)) {
            return "MANAGEMENT_PORT (the actuator, now " + managementPort + ")";
        }
        if (Integer.toString(port).equals(publicPort)) {
            return "PORT (the public endpoints, now " + publicPort + ")";
        }
        return "PORT (now " + publicPort + ") or MANAGEMENT_PORT (now " + managementPort + ")";
    }

    private String property(String name, String otherwise) {
        return environment == null ? otherwise : environment.getProperty(name, otherwise);
    }

    private static Optional<Integer> portInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PortInUseException inUse) {
                return Optional.of(inUse.getPort());
            }
        }
        return Optional.empty();
    }
}
