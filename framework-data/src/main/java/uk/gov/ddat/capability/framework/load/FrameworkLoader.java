package uk.gov.ddat.capability.framework.load;

import uk.gov.ddat.capability.framework.FrameworkModel;

/**
 * Loads one complete, validated model from the configured source: the official export when one
 * is configured (with the bundled data's grades laid over it), otherwise the bundled data alone.
 */
public final class FrameworkLoader {

    private final FrameworkSourceConfig config;
    private final BundledDataReader bundledReader = new BundledDataReader();
    private final ExportImporter importer = new ExportImporter();

    public FrameworkLoader(FrameworkSourceConfig config) {
        this.config = config;
    }

    public FrameworkSourceConfig config() {
        return config;
    }

    /** Throws {@link FrameworkDataException} naming every problem; never returns a partial model. */
    public FrameworkModel load() {
        FrameworkModel bundled = config.bundledFile().map(bundledReader::read).orElseGet(bundledReader::readBundled);
        ExportFiles export = config.exportDir().map(ExportReader::fromDirectory)
                .or(() -> config.exportUrl().map(url -> ExportReader.fromUrl(url, config.fetchTimeout(),
                        config.fetchMaxBytes())))
                .orElse(null);
        if (export == null) {
            return bundled;
        }
        return GradeOverlay.apply(importer.importFrom(export).model(), bundled);
    }
}
