/**
 * Activity and revisions (PLATFORM.md §3): the journal a write transaction keeps of what it did, and the rows of
 * {@code directus_activity} and {@code directus_revisions} written from it before the commit.
 */
package dev.ordo.plugins.data.activity;
