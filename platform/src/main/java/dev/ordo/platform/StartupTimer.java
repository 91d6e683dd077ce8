package dev.ordo.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs, at debug, how long each start-up step took: where to look when start-up is slow. */
final class StartupTimer {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTimer.class);

    private long lapStarted = System.nanoTime();

    void lap(String step) {
        long now = System.nanoTime();
        LOG.debug("Start-up: {} in {} ms", step, (now - lapStarted) / 1_000_000);
        lapStarted = now;
    }
}
