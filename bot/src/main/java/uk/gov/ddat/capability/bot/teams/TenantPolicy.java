package uk.gov.ddat.capability.bot.teams;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which Entra ID tenants the bot answers. A single-tenant registration serves its own tenant only;
 * a multi-tenant one serves every tenant that installs the app, or only those in
 * TEAMS_ALLOWED_TENANTS when that is set.
 */
public record TenantPolicy(boolean multiTenant, String homeTenant, Set<String> allowed) {

    /** Tenant ids are GUIDs (or domain names); nothing else is taken from a request. */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9.-]{1,100}");

    public TenantPolicy {
        allowed = allowed.stream().map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    static TenantPolicy of(TeamsProperties properties) {
        List<String> allowed = properties.allowedTenants() == null ? List.of() : properties.allowedTenants();
        return new TenantPolicy(properties.multiTenant(), properties.tenantId(), Set.copyOf(allowed));
    }

    /** True if an activity from this tenant is answered. */
    public boolean allows(String tenantId) {
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            return false;
        }
        String tenant = tenantId.strip().toLowerCase(Locale.ROOT);
        if (!allowed.isEmpty() && !allowed.contains(tenant)) {
            return false;
        }
        return multiTenant || tenant.equalsIgnoreCase(homeTenant == null ? "" : homeTenant.strip());
    }
}
