package dev.ordo.plugins.auth.support;

import dev.ordo.api.db.Database;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The Directus v11 system tables auth touches, as plain SQLite DDL, seeded like the host seeds them. */
public final class SystemTables {

    public static final String PUBLIC_POLICY = "abf8a154-5b1c-4a46-ac9c-7300570f4f17";
    public static final String PUBLIC_ACCESS = "0b8e4e3c-0f6a-4c2a-9a4e-6f3c1d2b7a10";

    private static final List<String> DDL = List.of(
        """
        CREATE TABLE directus_roles (
          id char(36) PRIMARY KEY NOT NULL,
          name varchar(100) NOT NULL,
          icon varchar(64) NOT NULL DEFAULT 'supervised_user_circle',
          description text,
          parent char(36) REFERENCES directus_roles (id))""",
        """
        CREATE TABLE directus_policies (
          id char(36) PRIMARY KEY NOT NULL,
          name varchar(100) NOT NULL,
          icon varchar(64) NOT NULL DEFAULT 'badge',
          description text,
          ip_access text,
          enforce_tfa boolean NOT NULL DEFAULT false,
          admin_access boolean NOT NULL DEFAULT false,
          app_access boolean NOT NULL DEFAULT false)""",
        """
        CREATE TABLE directus_users (
          id char(36) PRIMARY KEY NOT NULL,
          first_name varchar(50),
          last_name varchar(50),
          email varchar(128) UNIQUE,
          password varchar(255),
          location varchar(255),
          title varchar(50),
          description text,
          tags json,
          avatar char(36),
          language varchar(255),
          tfa_secret varchar(255),
          status varchar(16) NOT NULL DEFAULT 'active',
          role char(36) REFERENCES directus_roles (id) ON DELETE SET NULL,
          token varchar(255) UNIQUE,
          last_access datetime,
          last_page varchar(255),
          provider varchar(128) NOT NULL DEFAULT 'default',
          external_identifier varchar(255) UNIQUE,
          auth_data json,
          email_notifications boolean DEFAULT true,
          appearance varchar(255),
          theme_dark varchar(255),
          theme_light varchar(255),
          theme_light_overrides json,
          theme_dark_overrides json,
          text_direction varchar(255) NOT NULL DEFAULT 'auto')""",
        """
        CREATE TABLE directus_access (
          id char(36) PRIMARY KEY NOT NULL,
          role char(36) REFERENCES directus_roles (id) ON DELETE CASCADE,
          "user" char(36) REFERENCES directus_users (id) ON DELETE CASCADE,
          policy char(36) NOT NULL REFERENCES directus_policies (id) ON DELETE CASCADE,
          sort integer)""",
        """
        CREATE TABLE directus_sessions (
          token varchar(64) PRIMARY KEY NOT NULL,
          "user" char(36) REFERENCES directus_users (id) ON DELETE CASCADE,
          expires datetime NOT NULL,
          ip varchar(255),
          user_agent text,
          share char(36),
          origin varchar(255),
          next_token varchar(64))""",
        """
        CREATE TABLE directus_activity (
          id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
          action varchar(45) NOT NULL,
          "user" char(36),
          "timestamp" datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
          ip varchar(50),
          user_agent text,
          collection varchar(64) NOT NULL,
          item varchar(255) NOT NULL,
          origin varchar(255))""",
        """
        CREATE TABLE directus_settings (
          id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
          project_name varchar(100) NOT NULL DEFAULT 'Directus',
          auth_login_attempts integer DEFAULT 25)""",
        "INSERT INTO directus_policies (id, name, icon, description, app_access, admin_access) VALUES ('" + PUBLIC_POLICY
            + "', '$t:public_label', 'public', '$t:public_description', false, false)",
        "INSERT INTO directus_access (id, role, \"user\", policy, sort) VALUES ('" + PUBLIC_ACCESS + "', NULL, NULL, '"
            + PUBLIC_POLICY + "', 1)");

    private SystemTables() {
    }

    public static void create(Database database) throws SQLException {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : DDL) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }
}
