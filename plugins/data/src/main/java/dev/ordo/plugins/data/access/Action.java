package dev.ordo.plugins.data.access;

/** What a caller does to items, as {@code directus_permissions.action} names it. */
public enum Action {
    CREATE("create"),
    READ("read"),
    UPDATE("update"),
    DELETE("delete"),
    SHARE("share");

    private final String id;

    Action(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
