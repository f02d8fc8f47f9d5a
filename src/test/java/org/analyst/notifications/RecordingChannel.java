package org.analyst.notifications;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** A channel for the tests: keeps what it receives and counts how often listening started. */
@ApplicationScoped
public class RecordingChannel implements NotificationChannel {

    static final String NAME = "test_recording";

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final AtomicInteger listeningStarts = new AtomicInteger();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void received(String payload) {
        received.add(payload);
    }

    @Override
    public void listening() {
        listeningStarts.incrementAndGet();
    }

    /** The next payload received, or null after ten seconds. */
    String next() throws InterruptedException {
        return received.poll(10, TimeUnit.SECONDS);
    }

    int listeningStarts() {
        return listeningStarts.get();
    }

    void forget() {
        received.clear();
    }
}
