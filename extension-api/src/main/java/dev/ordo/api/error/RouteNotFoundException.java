package dev.ordo.api.error;

import java.util.Map;

/** 404 {@code ROUTE_NOT_FOUND}: no route answers this path. */
public final class RouteNotFoundException extends OrdoException {

    private static final long serialVersionUID = 1L;

    public RouteNotFoundException(String path) {
        super(ErrorCode.ROUTE_NOT_FOUND, "Route " + path + " doesn't exist.", Map.of("path", path));
    }
}
