package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What Directus's users and roles services do beyond permissions, in one place so that the generic writers stay
 * generic: a user's email is checked ({@link UserEmails}); written roles have their nesting checked before the commit
 * ({@link RoleNesting}); a deleted role's children move to the top rather than block the delete.
 */
final class SystemCollectionWrites {

    private SystemCollectionWrites() {
    }

    static void beforeCreate(WriteSession session, CollectionOverview collection, Map<String, ?> payload)
        throws SQLException {
        switch (collection.name()) {
            case UserEmails.COLLECTION -> UserEmails.checkCreate(session.rows(), collection, payload);
            case RoleNesting.COLLECTION -> session.rolesWritten();
            default -> { }
        }
    }

    static void beforeUpdate(WriteSession session, CollectionOverview collection, List<Object> keys,
                             Map<String, ?> changes) throws SQLException {
        switch (collection.name()) {
            case UserEmails.COLLECTION -> UserEmails.checkUpdate(session.rows(), collection, keys, changes);
            case RoleNesting.COLLECTION -> session.rolesWritten();
            default -> { }
        }
    }

    static void beforeDelete(WriteSession session, CollectionOverview collection, List<Object> keys) {
        if (RoleNesting.COLLECTION.equals(collection.name())) {
            session.rows().clearReferences(collection, "parent", keys);
        }
    }
}
