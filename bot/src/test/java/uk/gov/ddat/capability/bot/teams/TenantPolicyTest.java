package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TenantPolicyTest {

    @Test
    void aSingleTenantRegistrationServesOnlyItsOwnTenant() {
        TenantPolicy policy = new TenantPolicy(false, "home-tenant", Set.of());
        assertThat(policy.allows("home-tenant")).isTrue();
        assertThat(policy.allows("HOME-TENANT")).isTrue();
        assertThat(policy.allows("other-tenant")).isFalse();
        assertThat(policy.allows("")).isFalse();
        assertThat(policy.allows(null)).isFalse();
    }

    @Test
    void aMultiTenantRegistrationServesAnyTenantUnlessAListIsGiven() {
        assertThat(new TenantPolicy(true, "", Set.of()).allows("anyone")).isTrue();
        TenantPolicy listed = new TenantPolicy(true, "", Set.of(" Tenant-A ", "tenant-b", ""));
        assertThat(listed.allows("tenant-a")).isTrue();
        assertThat(listed.allows("tenant-b")).isTrue();
        assertThat(listed.allows("tenant-c")).isFalse();
    }

    @Test
    void theAllowListAlsoNarrowsASingleTenantRegistration() {
        assertThat(new TenantPolicy(false, "home", Set.of("elsewhere")).allows("home")).isFalse();
    }

    @Test
    void idsThatAreNotTenantIdsAreRefused() {
        TenantPolicy any = new TenantPolicy(true, "", Set.of());
        assertThat(any.allows("a/../b")).isFalse();
        assertThat(any.allows("tenant\nnext line")).isFalse();
        assertThat(any.allows("x".repeat(101))).isFalse();
    }
}
