package uk.gov.ddat.capability.bot.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body can be read at most up to a limit: reading past it throws
 * {@link BodyTooLargeException}. This is what bounds chunked bodies, which declare no length.
 * The whole body must also have arrived within a time from when the request came in; a body sent
 * a byte at a time (each read within Tomcat's connection timeout) would otherwise hold a thread
 * for as long as the caller likes, so reading past that time throws {@link BodyTooSlowException}.
 * Nothing is read here: whoever reads the body (Bolt, to check Slack's signature) still gets
 * every byte of it as sent.
 */
class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final long limit;
    private final Duration time;
    private final long deadline;
    private ServletInputStream stream;
    private BufferedReader reader;

    LimitedBodyRequest(HttpServletRequest request, long limit, Duration time) {
        super(request);
        this.limit = limit;
        this.time = time;
        this.deadline = System.nanoTime() + time.toNanos();
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Limited(super.getInputStream(), limit, time, deadline);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private static final class Limited extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final Duration time;
        private final long deadline;
        private long count;

        Limited(ServletInputStream in, long limit, Duration time, long deadline) {
            this.in = in;
            this.limit = limit;
            this.time = time;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit, so an oversized body is never buffered.
            long room = limit - count + 1;
            int n = in.read(buffer, offset, (int) Math.min(length, room));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BodyTooSlowException(time);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
