package org.hamyar.gateway.time;

import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** {@link Ticker} on {@link System#nanoTime()}; a test replaces it by producing its own {@code Ticker}. */
@Singleton
@DefaultBean
public class SystemTicker implements Ticker {

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }
}
