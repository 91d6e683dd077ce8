package dev.ordo.platform.system;

import static dev.ordo.api.schema.ReferentialAction.CASCADE;
import static dev.ordo.api.schema.ReferentialAction.NO_ACTION;
import static dev.ordo.api.schema.ReferentialAction.SET_NULL;
import static dev.ordo.platform.system.SystemFields.alias;
import static dev.ordo.platform.system.SystemFields.bigInteger;
import static dev.ordo.platform.system.SystemFields.csv;
import static dev.ordo.platform.system.SystemFields.dateCreated;
import static dev.ordo.platform.system.SystemFields.field;
import static dev.ordo.platform.system.SystemFields.flag;
import static dev.ordo.platform.system.SystemFields.integer;
import static dev.ordo.platform.system.SystemFields.json;
import static dev.ordo.platform.system.SystemFields.optionalFlag;
import static dev.ordo.platform.system.SystemFields.reference;
import static dev.ordo.platform.system.SystemFields.requiredReference;
import static dev.ordo.platform.system.SystemFields.requiredString;
import static dev.ordo.platform.system.SystemFields.requiredStringDefault;
import static dev.ordo.platform.system.SystemFields.serialKey;
import static dev.ordo.platform.system.SystemFields.string;
import static dev.ordo.platform.system.SystemFields.stringDefault;
import static dev.ordo.platform.system.SystemFields.text;
import static dev.ordo.platform.system.SystemFields.timestamp;
import static dev.ordo.platform.system.SystemFields.timestampNow;
import static dev.ordo.platform.system.SystemFields.userCreated;
import static dev.ordo.platform.system.SystemFields.uuid;
import static dev.ordo.platform.system.SystemFields.uuidKey;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemField;
import dev.ordo.api.schema.SystemSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system collections of Directus v11 as Ordo creates them, with the same tables and columns, so an existing
 * Directus database can be opened as it is. Listed in an order in which each table's foreign keys point at
 * tables created before it.
 */
public final class SystemTables implements SystemSchema {

    private static final List<SystemCollection> COLLECTIONS = List.of(
        collection("directus_migrations", meta(),
            field(requiredString("version", 255).asPrimaryKey()),
            field(requiredString("name", 255)),
            field(timestampNow("timestamp"))),
        collection("directus_collections", meta("icon", "database"),
            field(requiredString("collection", 64).asPrimaryKey()),
            field(string("icon", 64)),
            field(text("note")),
            field(string("display_template", 255)),
            flag("hidden", false),
            flag("singleton", false),
            json("translations"),
            field(string("archive_field", 64)),
            flag("archive_app_filter", true),
            field(string("archive_value", 255)),
            field(string("unarchive_value", 255)),
            field(string("sort_field", 64)),
            field(stringDefault("accountability", 255, "all")),
            field(string("color", 255)),
            json("item_duplication_fields"),
            field(integer("sort")),
            field(string("group", 64).referencing("directus_collections", "collection", NO_ACTION)),
            field(requiredStringDefault("collapse", 255, "open")),
            field(string("preview_url", 255)),
            flag("versioning", false),
            alias("fields", "o2m")),
        collection("directus_roles", meta("icon", "supervised_user_circle"),
            uuidKey(),
            field(requiredString("name", 100)),
            field(requiredStringDefault("icon", 64, "supervised_user_circle")),
            field(text("description")),
            reference("parent", "directus_roles", NO_ACTION),
            alias("children", "o2m"),
            alias("policies", "m2m"),
            alias("users", "o2m")),
        collection("directus_policies", meta("icon", "admin_panel_settings"),
            uuidKey(),
            field(requiredString("name", 100)),
            field(requiredStringDefault("icon", 64, "badge")),
            field(text("description")),
            csv("ip_access"),
            flag("enforce_tfa", false),
            flag("admin_access", false),
            flag("app_access", false),
            alias("permissions", "o2m"),
            alias("users", "m2m"),
            alias("roles", "m2m")),
        collection("directus_users", meta("icon", "people_alt", "archive_field", "status", "archive_value", "archived",
                "unarchive_value", "draft", "display_template", "{{ first_name }} {{ last_name }}"),
            uuidKey(),
            field(string("first_name", 50)),
            field(string("last_name", 50)),
            field(string("email", 128).asUnique()),
            field(string("password", 255), "hash", "conceal"),
            field(string("location", 255)),
            field(string("title", 50)),
            field(text("description")),
            json("tags"),
            field(uuid("avatar"), "file"),
            field(string("language", 255)),
            field(string("tfa_secret", 255), "conceal"),
            field(requiredStringDefault("status", 16, "active")),
            reference("role", "directus_roles", SET_NULL),
            field(string("token", 255).asUnique(), "conceal"),
            field(timestamp("last_access")),
            field(string("last_page", 255)),
            field(requiredStringDefault("provider", 128, "default")),
            field(string("external_identifier", 255).asUnique()),
            json("auth_data"),
            optionalFlag("email_notifications", true),
            field(string("appearance", 255)),
            field(string("theme_dark", 255)),
            field(string("theme_light", 255)),
            json("theme_light_overrides"),
            json("theme_dark_overrides"),
            field(requiredStringDefault("text_direction", 255, "auto")),
            alias("policies", "m2m")),
        collection("directus_access", meta("icon", "admin_panel_settings", "sort_field", "sort",
                "display_template", "{{ policy.name }}"),
            uuidKey(),
            reference("role", "directus_roles", CASCADE),
            reference("user", "directus_users", CASCADE),
            requiredReference("policy", "directus_policies", CASCADE),
            field(integer("sort"))),
        collection("directus_permissions", meta("icon", "admin_panel_settings"),
            serialKey(),
            field(requiredString("collection", 64)),
            field(requiredString("action", 10)),
            json("permissions"),
            json("validation"),
            json("presets"),
            csv("fields"),
            requiredReference("policy", "directus_policies", CASCADE)),
        collection("directus_folders", meta("display_template", "{{ name }}"),
            uuidKey(),
            field(requiredString("name", 255)),
            reference("parent", "directus_folders", NO_ACTION)),
        collection("directus_files", meta("icon", "folder", "display_template", "{{ $thumbnail }} {{ title }}"),
            uuidKey(),
            field(requiredString("storage", 255)),
            field(string("filename_disk", 255)),
            field(requiredString("filename_download", 255)),
            field(string("title", 255)),
            field(string("type", 255)),
            reference("folder", "directus_folders", SET_NULL),
            reference("uploaded_by", "directus_users", NO_ACTION, "user-created"),
            field(timestampNow("created_on").notNull(), "date-created"),
            reference("modified_by", "directus_users", NO_ACTION, "user-updated"),
            field(timestampNow("modified_on").notNull(), "date-updated"),
            field(string("charset", 50)),
            field(bigInteger("filesize")),
            field(integer("width")),
            field(integer("height")),
            field(integer("duration")),
            field(string("embed", 200)),
            field(text("description")),
            field(text("location")),
            json("tags"),
            json("metadata"),
            field(integer("focal_point_x")),
            field(integer("focal_point_y")),
            field(string("tus_id", 64)),
            json("tus_data"),
            field(timestamp("uploaded_on"))),
        collection("directus_fields", meta("icon", "input"),
            serialKey(),
            // No foreign key (Directus dropped it in its migration 20201028A): a table's fields may have rows while
            // the table has none in directus_collections.
            field(requiredString("collection", 64), "m2o"),
            field(requiredString("field", 64)),
            field(string("special", 64), "cast-csv"),
            field(string("interface", 64)),
            json("options"),
            field(string("display", 64)),
            json("display_options"),
            flag("readonly", false),
            flag("hidden", false),
            field(integer("sort")),
            field(stringDefault("width", 30, "full")),
            json("translations"),
            field(text("note")),
            json("conditions"),
            optionalFlag("required", false),
            field(string("group", 64)),
            json("validation"),
            field(text("validation_message")),
            flag("searchable", true)),
        collection("directus_relations", meta("icon", "merge_type"),
            serialKey(),
            field(requiredString("many_collection", 64)),
            field(requiredString("many_field", 64)),
            field(string("one_collection", 64)),
            field(string("one_field", 64)),
            field(string("one_collection_field", 64)),
            csv("one_allowed_collections"),
            field(string("junction_field", 64)),
            field(string("sort_field", 64)),
            field(requiredStringDefault("one_deselect_action", 255, "nullify"))),
        collection("directus_activity", meta("accountability", null),
            serialKey(),
            field(requiredString("action", 45)),
            field(uuid("user"), "m2o"),
            field(timestampNow("timestamp").notNull().asIndexed(), "date-created"),
            field(string("ip", 50)),
            field(text("user_agent")),
            field(requiredString("collection", 64)),
            field(requiredString("item", 255)),
            field(string("origin", 255)),
            alias("revisions", "o2m")),
        collection("directus_versions", meta(),
            uuidKey(),
            field(requiredString("key", 64)),
            field(string("name", 255)),
            field(requiredString("collection", 64).referencing("directus_collections", "collection", CASCADE), "m2o"),
            field(requiredString("item", 255)),
            field(string("hash", 255)),
            dateCreated(),
            field(timestampNow("date_updated"), "date-updated"),
            userCreated(),
            reference("user_updated", "directus_users", NO_ACTION, "user-updated"),
            json("delta")),
        collection("directus_revisions", meta("accountability", null),
            serialKey(),
            field(integer("activity").notNull().asIndexed().referencing("directus_activity", "id", CASCADE), "m2o"),
            field(requiredString("collection", 64)),
            field(requiredString("item", 255)),
            json("data"),
            json("delta"),
            field(integer("parent").asIndexed().referencing("directus_revisions", "id", NO_ACTION), "m2o"),
            reference("version", "directus_versions", CASCADE)),
        collection("directus_comments", meta(),
            uuidKey(),
            // A relation without a foreign key, as Directus declares it: a comment may outlive its collection's meta.
            field(requiredString("collection", 64), "m2o"),
            field(requiredString("item", 255)),
            field(text("comment").notNull()),
            dateCreated(),
            field(timestampNow("date_updated"), "date-updated"),
            userCreated(),
            reference("user_updated", "directus_users", NO_ACTION, "user-updated")),
        collection("directus_shares", meta("icon", "share"),
            uuidKey(),
            field(string("name", 255)),
            field(requiredString("collection", 64).referencing("directus_collections", "collection", CASCADE), "m2o"),
            field(requiredString("item", 255)),
            reference("role", "directus_roles", CASCADE),
            field(string("password", 255), "hash", "conceal"),
            userCreated(),
            dateCreated(),
            field(timestamp("date_start")),
            field(timestamp("date_end")),
            field(integer("times_used").withDefault(ColumnDefault.of(0))),
            field(integer("max_uses"))),
        collection("directus_sessions", meta(),
            field(requiredString("token", 64).asPrimaryKey()),
            reference("user", "directus_users", CASCADE),
            field(timestamp("expires").notNull()),
            field(string("ip", 255)),
            field(text("user_agent")),
            reference("share", "directus_shares", CASCADE),
            field(string("origin", 255)),
            field(string("next_token", 64))),
        collection("directus_settings", meta("singleton", true),
            serialKey(),
            field(requiredStringDefault("project_name", 100, "Directus")),
            field(string("project_url", 255)),
            field(requiredStringDefault("project_color", 255, "#6644FF")),
            reference("project_logo", "directus_files", NO_ACTION, "file"),
            reference("public_foreground", "directus_files", NO_ACTION, "file"),
            reference("public_background", "directus_files", NO_ACTION, "file"),
            field(text("public_note")),
            field(integer("auth_login_attempts").withDefault(ColumnDefault.of(25))),
            field(string("auth_password_policy", 100)),
            field(stringDefault("storage_asset_transform", 7, "all")),
            json("storage_asset_presets"),
            field(text("custom_css")),
            reference("storage_default_folder", "directus_folders", SET_NULL),
            json("basemaps"),
            field(string("mapbox_key", 255)),
            json("module_bar"),
            field(string("project_descriptor", 100)),
            field(requiredStringDefault("default_language", 255, "en-US")),
            json("custom_aspect_ratios"),
            reference("public_favicon", "directus_files", NO_ACTION, "file"),
            field(requiredStringDefault("default_appearance", 255, "auto")),
            field(string("default_theme_light", 255)),
            json("theme_light_overrides"),
            field(string("default_theme_dark", 255)),
            json("theme_dark_overrides"),
            field(string("report_error_url", 255)),
            field(string("report_bug_url", 255)),
            field(string("report_feature_url", 255)),
            flag("public_registration", false),
            flag("public_registration_verify_email", true),
            reference("public_registration_role", "directus_roles", SET_NULL),
            json("public_registration_email_filter"),
            json("visual_editor_urls"),
            field(uuid("project_id"))),
        collection("directus_presets", meta("icon", "bookmark", "accountability", null),
            serialKey(),
            field(string("bookmark", 255)),
            reference("user", "directus_users", CASCADE),
            reference("role", "directus_roles", CASCADE),
            field(string("collection", 64)),
            field(string("search", 100)),
            field(stringDefault("layout", 100, "tabular")),
            json("layout_query"),
            json("layout_options"),
            field(integer("refresh_interval")),
            json("filter"),
            field(stringDefault("icon", 64, "bookmark")),
            field(string("color", 255))),
        collection("directus_dashboards", meta(),
            uuidKey(),
            field(requiredString("name", 255)),
            field(requiredStringDefault("icon", 64, "dashboard")),
            field(text("note")),
            dateCreated(),
            userCreated(),
            field(string("color", 255)),
            alias("panels", "o2m")),
        collection("directus_panels", meta(),
            uuidKey(),
            requiredReference("dashboard", "directus_dashboards", CASCADE),
            field(string("name", 255)),
            field(string("icon", 64)),
            field(string("color", 10)),
            flag("show_header", false),
            field(text("note")),
            field(requiredString("type", 255)),
            field(integer("position_x").notNull()),
            field(integer("position_y").notNull()),
            field(integer("width").notNull()),
            field(integer("height").notNull()),
            json("options"),
            dateCreated(),
            userCreated()),
        collection("directus_flows", meta(),
            uuidKey(),
            field(requiredString("name", 255)),
            field(string("icon", 64)),
            field(string("color", 255)),
            field(text("description")),
            field(requiredStringDefault("status", 255, "active")),
            field(string("trigger", 255)),
            field(stringDefault("accountability", 255, "all")),
            json("options"),
            field(uuid("operation").asUnique(), "m2o"),
            dateCreated(),
            userCreated(),
            alias("operations", "o2m")),
        collection("directus_operations", meta(),
            uuidKey(),
            field(string("name", 255)),
            field(requiredString("key", 255)),
            field(requiredString("type", 255)),
            field(integer("position_x").notNull()),
            field(integer("position_y").notNull()),
            json("options"),
            reference("resolve", "directus_operations", NO_ACTION),
            reference("reject", "directus_operations", NO_ACTION),
            requiredReference("flow", "directus_flows", CASCADE),
            dateCreated(),
            userCreated()),
        collection("directus_notifications", meta(),
            serialKey(),
            field(timestampNow("timestamp")),
            field(stringDefault("status", 255, "inbox")),
            field(uuid("recipient").notNull().referencing("directus_users", "id", CASCADE), "m2o"),
            reference("sender", "directus_users", NO_ACTION),
            field(requiredString("subject", 255)),
            field(text("message")),
            field(string("collection", 64)),
            field(string("item", 255))),
        collection("directus_translations", meta(),
            uuidKey(),
            field(requiredString("language", 255)),
            field(requiredString("key", 255)),
            field(text("value").notNull())),
        collection("directus_extensions", meta(),
            uuidKey(),
            flag("enabled", true),
            field(requiredString("folder", 255)),
            field(requiredString("source", 255)),
            field(uuid("bundle"))));

    private static final List<RelationMeta> RELATIONS = List.of(
        relation("directus_collections", "group", "directus_collections", null),
        relation("directus_users", "role", "directus_roles", "users"),
        relation("directus_users", "avatar", "directus_files", null),
        relation("directus_roles", "parent", "directus_roles", "children"),
        // directus_access is the junction of three many-to-manys; its policy field carries two relations, one
        // per alias of a policy, as in Directus.
        junction("directus_access", "policy", "directus_policies", "roles", "role", null),
        junction("directus_access", "policy", "directus_policies", "users", "user", null),
        junction("directus_access", "role", "directus_roles", "policies", "policy", "sort"),
        junction("directus_access", "user", "directus_users", "policies", "policy", "sort"),
        owned("directus_permissions", "policy", "directus_policies", "permissions"),
        relation("directus_revisions", "activity", "directus_activity", "revisions"),
        relation("directus_revisions", "parent", "directus_revisions", null),
        relation("directus_revisions", "version", "directus_versions", null),
        relation("directus_presets", "user", "directus_users", null),
        relation("directus_presets", "role", "directus_roles", null),
        relation("directus_folders", "parent", "directus_folders", null),
        relation("directus_files", "folder", "directus_folders", null),
        relation("directus_files", "uploaded_by", "directus_users", null),
        relation("directus_files", "modified_by", "directus_users", null),
        relation("directus_fields", "collection", "directus_collections", "fields"),
        relation("directus_activity", "user", "directus_users", null),
        relation("directus_settings", "project_logo", "directus_files", null),
        relation("directus_settings", "public_foreground", "directus_files", null),
        relation("directus_settings", "public_background", "directus_files", null),
        relation("directus_settings", "public_favicon", "directus_files", null),
        relation("directus_settings", "storage_default_folder", "directus_folders", null),
        relation("directus_settings", "public_registration_role", "directus_roles", null),
        relation("directus_panels", "dashboard", "directus_dashboards", "panels"),
        relation("directus_panels", "user_created", "directus_users", null),
        relation("directus_dashboards", "user_created", "directus_users", null),
        relation("directus_flows", "operation", "directus_operations", null),
        relation("directus_flows", "user_created", "directus_users", null),
        owned("directus_operations", "flow", "directus_flows", "operations"),
        relation("directus_operations", "resolve", "directus_operations", null),
        relation("directus_operations", "reject", "directus_operations", null),
        relation("directus_operations", "user_created", "directus_users", null),
        relation("directus_sessions", "user", "directus_users", null),
        relation("directus_sessions", "share", "directus_shares", null),
        relation("directus_notifications", "recipient", "directus_users", null),
        relation("directus_notifications", "sender", "directus_users", null),
        relation("directus_shares", "role", "directus_roles", null),
        relation("directus_shares", "collection", "directus_collections", null),
        relation("directus_shares", "user_created", "directus_users", null),
        relation("directus_versions", "collection", "directus_collections", null),
        relation("directus_versions", "user_created", "directus_users", null),
        relation("directus_versions", "user_updated", "directus_users", null),
        relation("directus_comments", "collection", "directus_collections", null),
        relation("directus_comments", "user_created", "directus_users", null),
        relation("directus_comments", "user_updated", "directus_users", null));

    @Override
    public List<SystemCollection> collections() {
        return COLLECTIONS;
    }

    @Override
    public List<RelationMeta> relations() {
        return RELATIONS;
    }

    private static SystemCollection collection(String name, Map<String, Object> extraMeta, SystemField... fields) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("collection", name);
        meta.put("hidden", false);
        meta.put("singleton", false);
        meta.put("icon", null);
        meta.put("note", "$t:directus_collection." + name);
        meta.put("translations", null);
        meta.put("display_template", null);
        meta.put("accountability", "all");
        meta.putAll(extraMeta);
        return new SystemCollection(name, meta, List.of(fields));
    }

    /** Meta keys and values in pairs; a {@code null} value is allowed (unlike {@link Map#of}). */
    private static Map<String, Object> meta(Object... pairs) {
        Map<String, Object> meta = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            meta.put((String) pairs[i], pairs[i + 1]);
        }
        return meta;
    }

    private static RelationMeta relation(String many, String field, String one, String oneField) {
        return RelationMeta.systemManyToOne(many, field, one, Optional.ofNullable(oneField));
    }

    /** A one-to-many whose items cannot exist without their parent: deselected ones are deleted. */
    private static RelationMeta owned(String many, String field, String one, String oneField) {
        return deletingDeselected(many, field, one, oneField, Optional.empty(), Optional.empty());
    }

    /** A side of a many-to-many through a junction collection: deselected junction items are deleted. */
    private static RelationMeta junction(String many, String field, String one, String oneField, String junctionField,
                                         String sortField) {
        return deletingDeselected(many, field, one, oneField, Optional.of(junctionField),
            Optional.ofNullable(sortField));
    }

    private static RelationMeta deletingDeselected(String many, String field, String one, String oneField,
                                                   Optional<String> junctionField, Optional<String> sortField) {
        return new RelationMeta(Optional.empty(), many, field, Optional.of(one), Optional.of(oneField),
            Optional.empty(), List.of(), junctionField, sortField, "delete", true);
    }
}
