package uk.gov.ddat.capability.framework.load;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A GET that cannot run away: redirects are refused (the address given is the one used), the
 * body may be at most {@code maxBytes} (reading stops there), and the whole exchange, body
 * included, must end by a deadline (a server dripping a byte a second is cut off).
 */
final class BoundedDownload {

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final HttpClient client;
    private final long maxBytes;

    BoundedDownload(Duration connectTimeout, long maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.maxBytes = maxBytes;
    }

    /** The body of a 200; empty for a 404; anything else is a {@link FrameworkDataException}. */
    Optional<byte[]> get(URI uri, long deadlineNanos, Duration total) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new FrameworkDataException(List.of(uri + ": cannot fetch within " + total));
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).GET().build();
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, info -> info.statusCode() == 200
                ? new Limited(maxBytes) : BodySubscribers.replacing(new byte[0]));
        try {
            HttpResponse<byte[]> response = call.get(left, TimeUnit.NANOSECONDS);
            int status = response.statusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 300 && status < 400) {
                throw new FrameworkDataException(List.of(uri + ": HTTP " + status + ", a redirect, which is not "
                        + "followed; give the export's final address"));
            }
            if (status != 200) {
                throw new FrameworkDataException(List.of(uri + ": HTTP " + status));
            }
            return Optional.of(response.body());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new FrameworkDataException(List.of(uri + ": cannot fetch within " + total));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TooLarge) {
                throw new FrameworkDataException(List.of(uri + ": larger than " + maxBytes + " bytes"));
            }
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw new FrameworkDataException(List.of(uri + ": cannot fetch within " + total));
            }
            throw new FrameworkDataException(uri + ": cannot fetch (" + e.getCause() + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new FrameworkDataException(uri + ": interrupted while fetching", e);
        }
    }

    /** Collects a body, giving up (and cancelling the download) once it passes the limit. */
    private static final class Limited implements BodySubscriber<byte[]> {

        private final long maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Limited(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
