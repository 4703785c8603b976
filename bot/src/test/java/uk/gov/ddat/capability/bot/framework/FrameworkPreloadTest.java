package uk.gov.ddat.capability.bot.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.load.BundledDataReader;
import uk.gov.ddat.capability.framework.load.FrameworkDataException;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;

/** The framework loaded while Spring starts is the one the bean serves first, and only then. */
class FrameworkPreloadTest {

    @TempDir
    Path dir;

    @Test
    void theFirstLoadIsThePreloadedOneAndReloadsReadTheSourceAgain() throws IOException {
        Path file = dir.resolve("framework.yml");
        String good = bundledData();
        Files.writeString(file, good);
        Map<String, Object> settings = Map.of("framework.data-file", file.toString());

        Supplier<FrameworkModel> loader = loaderFor(prepared(settings), settings);

        assertThat(loader.get().roles()).isNotEmpty();
        Files.writeString(file, good.replace("Testing: expert", "Testing: wizard"));
        assertThatThrownBy(loader::get).isInstanceOf(FrameworkDataException.class)
                .hasMessageContaining("unknown skill level 'wizard'");
    }

    @Test
    void aPreloadThatFailedFailsTheFirstLoadWithItsOwnError() {
        Map<String, Object> settings = Map.of("framework.data-file", dir.resolve("missing.yml").toString());

        Supplier<FrameworkModel> loader = loaderFor(prepared(settings), settings);

        assertThatThrownBy(loader::get).isInstanceOf(FrameworkDataException.class);
    }

    @Test
    void otherSettingsThanThePreloadsAreLoadedAfresh() {
        FrameworkPreload preload = prepared(Map.of("framework.data-file", dir.resolve("missing.yml").toString()));

        Supplier<FrameworkModel> loader = loaderFor(preload, Map.of());

        assertThat(loader.get().roles()).isNotEmpty();
    }

    @Test
    void aSettingThatDoesNotBindIsLeftForTheBeanToReport() {
        GenericApplicationContext context = context(Map.of("framework.fetch-timeout", "soon"));

        new FrameworkPreload().onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(),
                new String[0], context));

        assertThat(context.getBeanFactory().containsSingleton(FrameworkPreload.BEAN)).isFalse();
    }

    private static FrameworkPreload prepared(Map<String, Object> settings) {
        GenericApplicationContext context = context(settings);
        FrameworkPreload preload = new FrameworkPreload();
        preload.onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
        assertThat(context.getBeanFactory().getSingleton(FrameworkPreload.BEAN)).isSameAs(preload);
        return preload;
    }

    private static GenericApplicationContext context(Map<String, Object> settings) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", settings));
        return context;
    }

    private static Supplier<FrameworkModel> loaderFor(FrameworkPreload preload, Map<String, Object> settings) {
        FrameworkProperties properties = Binder.get(context(settings).getEnvironment())
                .bindOrCreate("framework", FrameworkProperties.class);
        return preload.loaderFor(properties, new FrameworkLoader(properties.toSourceConfig()));
    }

    private static String bundledData() throws IOException {
        try (InputStream in = BundledDataReader.class.getResourceAsStream(BundledDataReader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
