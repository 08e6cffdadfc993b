package org.hamyar.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A body streamed through the proxy, counted as it passes: past {@code maxBytes} it fails instead
 * of passing on more, so that a request body without {@code Content-Length} (chunked) is held to
 * the same limit as one that declares its size. It also tells whether the side it reads from broke
 * off ({@link #failed()}) or ended whole ({@link #ended()}), which a pipe's failure alone does not say.
 */
final class LimitedBody implements ReadStream<Buffer> {

    /** The body grew past the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> body;
    private final long maxBytes;
    private long received;
    private boolean exceeded;
    private boolean failed;
    private boolean ended;
    private Handler<Throwable> exceptionHandler;

    LimitedBody(ReadStream<Buffer> body, long maxBytes) {
        this.body = body;
        this.maxBytes = maxBytes;
    }

    /** A body of any size, watched only for {@link #failed()}. */
    static LimitedBody unlimited(ReadStream<Buffer> body) {
        return new LimitedBody(body, Long.MAX_VALUE);
    }

    boolean exceeded() {
        return exceeded;
    }

    /** The stream read from failed: its sender broke off (a caller hanging up, a service's connection lost). */
    boolean failed() {
        return failed;
    }

    /** The stream read from ended whole: every byte of it has been read. */
    boolean ended() {
        return ended;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        body.exceptionHandler(handler == null ? null : failure -> {
            failed = true;
            handler.handle(failure);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            body.handler(null);
            return this;
        }
        body.handler(chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > maxBytes) {
                exceeded = true;
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge(maxBytes));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        body.endHandler(endHandler == null ? null : ignored -> {
            if (!exceeded) {
                ended = true;
                endHandler.handle(null);
            }
        });
        return this;
    }
}
