package org.hamyar.gateway.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The log records at ERROR (or worse) that anything in this JVM writes while it is open. */
public final class CapturedErrors implements AutoCloseable {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public CapturedErrors() {
        root.addHandler(handler);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }
}
