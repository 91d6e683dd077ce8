package dev.ordo.plugins.data.activity;

/** What a write did to an item, as {@code directus_activity.action} names it. */
public enum ActivityAction {
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete");

    private final String id;

    ActivityAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
