package dev.ordo.api.error;

import java.util.List;

/**
 * Several failures answered together, as Directus answers every rule a payload breaks at once: the answer lists each
 * in {@code errors}, and its status is the first one's. Build it with {@link #of}, which gives a single failure back
 * as it is.
 */
public final class MultipleErrorsException extends OrdoException {

    private static final long serialVersionUID = 1L;

    private final transient List<OrdoException> errors;

    private MultipleErrorsException(List<OrdoException> errors) {
        super(errors.get(0).code(), errors.get(0).getMessage(), errors.get(0).extensions());
        this.errors = errors;
    }

    /** @param errors at least one failure; several must share a status, since one answer carries them all */
    public static OrdoException of(List<? extends OrdoException> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors to answer with");
        }
        if (errors.size() == 1) {
            return errors.get(0);
        }
        List<OrdoException> flat = errors.stream().flatMap(error -> error.errors().stream()).toList();
        if (flat.stream().anyMatch(error -> error.status() != flat.get(0).status())) {
            throw new IllegalArgumentException("errors answered together must share a status");
        }
        return new MultipleErrorsException(flat);
    }

    @Override
    public List<OrdoException> errors() {
        return errors;
    }
}
