package uk.gov.ddat.capability.bot.framework;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;

/**
 * Loads the framework (parsing the YAML, or fetching and reading the export) on a thread of its
 * own while Spring builds the rest of the application, which it does on one thread, so the two
 * overlap instead of adding up. The {@code currentFramework} bean takes the result, waiting for it
 * if need be: the bot is still ready only once the framework is loaded, and a framework that cannot
 * be loaded still fails the start. Registered by the main class; without it (tests) the bean loads
 * the framework itself.
 */
public final class FrameworkPreload implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN = "frameworkPreload";

    private FrameworkProperties properties;
    private CompletableFuture<FrameworkModel> model;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        // Bound as the bean's own properties will be, so the bean can tell the load is the one it wants.
        FrameworkLoader loader;
        try {
            properties = Binder.get(event.getApplicationContext().getEnvironment())
                    .bindOrCreate("framework", FrameworkProperties.class);
            loader = new FrameworkLoader(properties.toSourceConfig());
        } catch (RuntimeException e) {
            properties = null;
            return; // a bad setting: the bean fails on it as it always has, with Spring's own report
        }
        SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor("framework-preload-");
        thread.setDaemon(true); // never holds up the exit of a start that failed otherwise
        model = CompletableFuture.supplyAsync(loader::load, thread);
        event.getApplicationContext().getBeanFactory().registerSingleton(BEAN, this);
    }

    /**
     * A loader for {@code CurrentFramework} that gives the preloaded model first (waiting for it),
     * if it was loaded with these properties, and loads afresh every time after that (the reloads).
     */
    Supplier<FrameworkModel> loaderFor(FrameworkProperties wanted, FrameworkLoader loader) {
        if (model == null || !wanted.equals(properties)) {
            return loader::load;
        }
        CompletableFuture<FrameworkModel> first = model;
        model = null;
        return new Supplier<>() {
            private boolean taken;

            @Override
            public synchronized FrameworkModel get() {
                if (taken) {
                    return loader.load();
                }
                taken = true;
                try {
                    return first.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        };
    }
}
