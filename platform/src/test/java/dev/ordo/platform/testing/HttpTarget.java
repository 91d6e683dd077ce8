package dev.ordo.platform.testing;

import java.net.URI;
import java.net.http.HttpRequest;

/** A server tests talk HTTP to: the Ordo they started, or another one at an address. */
public interface HttpTarget {

    URI uri(String path);

    HttpResult send(HttpRequest request);
}
