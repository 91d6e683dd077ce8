package dev.ordo.platform.module;

import dev.ordo.api.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Remembers what one module registered so the host can undo all of it when the module fails or stops. */
final class RegistrationTracker {

    private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());

    Registration track(Registration registration) {
        registrations.add(registration);
        return registration;
    }

    /** Removes everything, newest first. */
    void removeAll() {
        List<Registration> copy;
        synchronized (registrations) {
            copy = new ArrayList<>(registrations);
            registrations.clear();
        }
        Collections.reverse(copy);
        copy.forEach(Registration::remove);
    }
}
