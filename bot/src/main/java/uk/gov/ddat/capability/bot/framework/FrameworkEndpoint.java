package uk.gov.ddat.capability.bot.framework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

import uk.gov.ddat.capability.framework.load.CurrentFramework;

/**
 * {@code GET /actuator/framework} shows what is loaded; {@code POST /actuator/framework} reloads
 * now. The actuator listens on the management port, bound to 127.0.0.1 by default.
 */
@Component
@Endpoint(id = "framework")
class FrameworkEndpoint {

    private final CurrentFramework framework;

    FrameworkEndpoint(CurrentFramework framework) {
        this.framework = framework;
    }

    @ReadOperation
    Map<String, Object> status() {
        CurrentFramework.Status status = framework.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", status.source());
        body.put("version", status.version());
        body.put("loadedAt", status.loadedAt().toString());
        status.lastFailure().ifPresent(f -> body.put("lastReloadFailure", f));
        return body;
    }

    @WriteOperation
    Map<String, Object> reload() {
        boolean swapped = framework.reload();
        Map<String, Object> body = new LinkedHashMap<>(status());
        body.put("reloaded", swapped);
        return body;
    }
}
