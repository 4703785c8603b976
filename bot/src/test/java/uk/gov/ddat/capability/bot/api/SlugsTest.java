package uk.gov.ddat.capability.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void idsAreThePublishedSlugsWithANumberAfterOneTaken() {
        Slugs slugs = new Slugs();
        assertThat(slugs.add("Development operations (DevOps) engineer"))
                .isEqualTo("development-operations-devops-engineer");
        assertThat(slugs.add("Lead developer - management")).isEqualTo("lead-developer-management");
        assertThat(slugs.add("Lead developer (management)")).isEqualTo("lead-developer-management-2");
        assertThat(slugs.add("LEAD developer: management")).isEqualTo("lead-developer-management-3");
        assertThat(slugs.add("???")).isEqualTo("unnamed");
        assertThat(slugs.add("")).isEqualTo("unnamed-2");
    }
}
