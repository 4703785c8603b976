package uk.gov.ddat.capability.bot.framework;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/**
 * Where the framework comes from and how often it is reloaded (application.yml, "framework.*").
 *
 * @param exportDir      FRAMEWORK_EXPORT_DIR: folder with the official export's roles.csv (and skills.csv)
 * @param exportUrl      FRAMEWORK_EXPORT_URL: address of the export's roles.csv, when no folder is given
 * @param fetchTimeout   FRAMEWORK_FETCH_TIMEOUT: the longest fetching the export's address may take, in all
 * @param fetchMaxSize   FRAMEWORK_FETCH_MAX_SIZE: the largest file fetched from the export's address
 * @param dataFile       FRAMEWORK_DATA_FILE: a YAML file used instead of the data bundled in the jar
 * @param reloadInterval FRAMEWORK_RELOAD_INTERVAL: how often to reload; 0 turns scheduled reloads off
 */
@ConfigurationProperties("framework")
public record FrameworkProperties(String exportDir, String exportUrl, Duration fetchTimeout, String dataFile,
                                  Duration reloadInterval, DataSize fetchMaxSize) {

    public FrameworkProperties {
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(10) : fetchTimeout;
        reloadInterval = reloadInterval == null ? Duration.ofHours(6) : reloadInterval;
        fetchMaxSize = fetchMaxSize == null ? DataSize.ofBytes(FrameworkSourceConfig.DEFAULT_FETCH_MAX_BYTES)
                : fetchMaxSize;
    }

    public FrameworkSourceConfig toSourceConfig() {
        return new FrameworkSourceConfig(present(exportDir).map(Path::of), present(exportUrl).map(URI::create),
                fetchTimeout, present(dataFile).map(Path::of), fetchMaxSize.toBytes());
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
