package dev.ordo.api.http;

/** Answers one request. Throw an {@link dev.ordo.api.error.OrdoException} to answer with an error. */
@FunctionalInterface
public interface RouteHandler {

    Response handle(Request request) throws Exception;
}
