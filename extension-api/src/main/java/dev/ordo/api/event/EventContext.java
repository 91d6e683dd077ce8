package dev.ordo.api.event;

import dev.ordo.api.auth.Accountability;
import java.util.Objects;

/** What a hook knows about the call that raised the event. */
public record EventContext(Accountability accountability) {

    public EventContext {
        Objects.requireNonNull(accountability, "accountability");
    }
}
