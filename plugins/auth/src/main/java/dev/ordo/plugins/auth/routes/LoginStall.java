package dev.ordo.plugins.auth.routes;

import java.time.Duration;

/**
 * {@code LOGIN_STALL_TIME}: every login answer, success or failure, takes at least this long, so response times do not
 * tell which emails exist or which step failed.
 */
record LoginStall(Duration minimum) {

    /** Waits until {@code minimum} has passed since {@code startedNanos} ({@link System#nanoTime()}). */
    void padFrom(long startedNanos) {
        long remaining = minimum.toNanos() - (System.nanoTime() - startedNanos);
        if (remaining <= 0) {
            return;
        }
        try {
            Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
