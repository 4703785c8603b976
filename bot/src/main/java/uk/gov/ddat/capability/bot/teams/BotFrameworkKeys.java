package uk.gov.ddat.capability.bot.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Bot Framework's signing keys (OpenID metadata → jwks_uri → JWKS), fetched in the background
 * and kept: at start, every {@code keyRefresh}, and when a token names a key we do not have. A
 * fetch is bounded (connect and total time) and only one runs at a time; a request that has to
 * wait for it waits at most {@code keyWait}, and only a few requests may wait at once, so a slow
 * identity endpoint never ties up the threads that Slack and the Teams webhook need. A fetch
 * that failed for a request is remembered for {@code keyFailureCache}: meanwhile requests are
 * told at once that the keys are unavailable. Keys already held stay in use when a refresh fails.
 */
public class BotFrameworkKeys implements JWKSource<SecurityContext>, AutoCloseable {

    /** The keys cannot be had just now: the request should be retried (503), it is not invalid. */
    public static class UnavailableException extends KeySourceException {
        UnavailableException(String message) {
            super(message);
        }
    }

    private record Keys(JWKSet set, Instant fetchedAt) {
    }

    private record Failure(String reason, Instant at) {
    }

    private static final Logger log = LoggerFactory.getLogger(BotFrameworkKeys.class);

    private final TeamsProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "teams-keys");
        thread.setDaemon(true);
        return thread;
    });
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicReference<Keys> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Keys>> inFlight = new AtomicReference<>();
    private final Semaphore waiters;
    private volatile Failure lastFailure;

    public BotFrameworkKeys(TeamsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.keyConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.waiters = new Semaphore(properties.keyWaiters());
    }

    /** Fetches the keys now, in the background, and again every {@code keyRefresh}. */
    public void start() {
        long every = properties.keyRefresh().toMillis();
        background.scheduleWithFixedDelay(this::refreshInBackground, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        Keys keys = current.get();
        Instant now = clock.instant();
        if (keys != null) {
            List<JWK> found = selector.select(keys.set());
            boolean recent = keys.fetchedAt().plus(properties.jwksMinRefresh()).isAfter(now);
            if (!found.isEmpty() || recent) {
                return found; // an unknown key just after a fetch: the token is not ours
            }
        }
        Failure failure = lastFailure;
        if (failure != null && failure.at().plus(properties.keyFailureCache()).isAfter(now)) {
            throw new UnavailableException("the Bot Framework keys are unavailable (" + failure.reason() + ")");
        }
        CompletableFuture<Keys> fetch = refresh();
        if (!waiters.tryAcquire()) {
            throw new UnavailableException("the Bot Framework keys are being fetched");
        }
        try {
            return selector.select(fetch.get(properties.keyWait().toMillis(), TimeUnit.MILLISECONDS).set());
        } catch (TimeoutException e) {
            throw new UnavailableException("the Bot Framework keys were not fetched within " + properties.keyWait());
        } catch (ExecutionException e) {
            throw new UnavailableException("the Bot Framework keys could not be fetched ("
                    + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted");
        } finally {
            waiters.release();
        }
    }

    /**
     * A scheduled fetch. Its failure is not held against requests (they may still try, at most
     * once per failure cache); it is tried again after the failure cache.
     */
    private void refreshInBackground() {
        CompletableFuture<Keys> fetch = new CompletableFuture<>();
        fetchInto(fetch, false);
        if (fetch.isCompletedExceptionally() && !background.isShutdown()) {
            background.schedule(this::refreshInBackground, properties.keyFailureCache().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The fetch under way, or a new one started in the background. */
    private CompletableFuture<Keys> refresh() {
        while (true) {
            CompletableFuture<Keys> running = inFlight.get();
            if (running != null && !running.isDone()) {
                return running;
            }
            CompletableFuture<Keys> mine = new CompletableFuture<>();
            if (inFlight.compareAndSet(running, mine)) {
                if (background.isShutdown()) {
                    mine.completeExceptionally(new IllegalStateException("stopped"));
                } else {
                    background.execute(() -> fetchInto(mine, true));
                }
                return mine;
            }
        }
    }

    private void fetchInto(CompletableFuture<Keys> result, boolean remembered) {
        try {
            Keys keys = fetch();
            current.set(keys);
            lastFailure = null;
            result.complete(keys);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String reason = e instanceof TimeoutException ? "no answer within " + properties.keyFetchTimeout()
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (remembered) {
                lastFailure = new Failure(reason, clock.instant());
            }
            log.warn("Could not fetch the Bot Framework signing keys: {}", reason);
            result.completeExceptionally(new IllegalStateException(reason));
        }
    }

    private Keys fetch() throws Exception {
        long deadline = System.nanoTime() + properties.keyFetchTimeout().toNanos();
        String metadata = get(URI.create(properties.openIdMetadataUrl()), deadline);
        String jwksUri = json.readTree(metadata).path("jwks_uri").asString("");
        if (jwksUri.isBlank()) {
            throw new IllegalStateException("the OpenID metadata has no jwks_uri");
        }
        try {
            return new Keys(JWKSet.parse(get(URI.create(jwksUri), deadline)), clock.instant());
        } catch (ParseException e) {
            throw new IllegalStateException("the key set could not be read");
        }
    }

    /** One GET, within what is left of the fetch's total time. */
    private String get(URI uri, long deadline) throws Exception {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException();
        }
        CompletableFuture<HttpResponse<String>> call = http.sendAsync(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(left)).GET().build(), HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = call.get(left, TimeUnit.NANOSECONDS);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri.getHost() + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (TimeoutException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw new TimeoutException();
            }
            throw new IllegalStateException(e.getCause().getClass().getSimpleName());
        }
    }
}
