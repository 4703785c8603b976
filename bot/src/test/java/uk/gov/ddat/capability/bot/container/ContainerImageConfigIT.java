package uk.gov.ddat.capability.bot.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the image tarball says about the container it makes (mvn -Pimage verify). */
class ContainerImageConfigIT {

    @TempDir
    static Path work;

    static ImageTarball image;

    @BeforeAll
    static void open() throws Exception {
        image = ImageTarball.open(work);
    }

    @Test
    void theContainerDoesNotRunAsRoot() {
        String user = image.containerConfig().path("User").asString("");
        assertThat(user).as("the image's user").isNotBlank().doesNotStartWith("0").doesNotStartWith("root");
        assertThat(user).isEqualTo("65532:65532");
    }

    @Test
    void theEntrypointRunsTheBotAsAServer() {
        assertThat(image.command()).startsWith("java").contains("uk.gov.ddat.capability.bot.BotApplication")
                .endsWith("--server");
    }

    @Test
    void theJvmSizesItselfFromTheContainer() {
        assertThat(image.environment().get("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=")
                .contains("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void healthIsOnTheManagementPortReachableFromOutsideTheContainer() {
        assertThat(image.containerConfig().path("ExposedPorts").propertyNames()).contains("8080/tcp", "8081/tcp");
        assertThat(image.environment()).containsEntry("MANAGEMENT_ADDRESS", "0.0.0.0");
    }

    @Test
    void aJavaRuntimeIsOnThePath() {
        assertThat(image.environment().get("PATH")).contains("/opt/java/openjdk/bin");
    }
}
