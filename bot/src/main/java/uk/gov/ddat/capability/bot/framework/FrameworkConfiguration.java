package uk.gov.ddat.capability.bot.framework;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

import uk.gov.ddat.capability.bot.support.OwnScheduler;
import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;

/** Loads the framework at start-up and reloads it on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FrameworkProperties.class)
public class FrameworkConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The first load was started early by {@link FrameworkPreload} when the main class registered it. */
    @Bean
    CurrentFramework currentFramework(FrameworkProperties properties, Clock clock,
                                      ObjectProvider<FrameworkPreload> preload) {
        FrameworkLoader loader = new FrameworkLoader(properties.toSourceConfig());
        FrameworkPreload early = preload.getIfAvailable();
        return early == null ? new CurrentFramework(loader, clock)
                : new CurrentFramework(early.loaderFor(properties, loader), loader.config().describe(), clock);
    }

    /** A scheduler of its own, so a slow fetch of the export never delays other scheduled work. */
    @Bean(destroyMethod = "close")
    OwnScheduler frameworkReloadScheduler(FrameworkProperties properties, CurrentFramework framework, Clock clock) {
        OwnScheduler scheduler = new OwnScheduler("framework-reload-");
        if (!properties.reloadInterval().isZero()) {
            schedule(scheduler.scheduler(), properties, framework, clock);
        }
        return scheduler;
    }

    private static void schedule(TaskScheduler scheduler, FrameworkProperties properties, CurrentFramework framework,
                                 Clock clock) {
        scheduler.scheduleWithFixedDelay(framework::reload, clock.instant().plus(properties.reloadInterval()),
                properties.reloadInterval());
    }
}
