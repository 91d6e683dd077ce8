/**
 * The write side of the items service (DATA-API.md §2.1, §5.4, §5.5, §6.4; PLATFORM.md §2.6, §3, §6).
 *
 * <p>{@link dev.ordo.plugins.data.write.TransactionalItemWrites} runs each call in one transaction. Every create,
 * update and delete in it, top-level or nested, goes through the same chain of small steps: filter hooks, the
 * caller's rules (fields, item filter and, for updates, each changed field on each item), presets, validation
 * ({@link dev.ordo.plugins.data.validation}), the mutation limit, many-to-one items first, the
 * row itself (specials applied, values converted, constraint errors translated), then one-to-many items. The
 * activity and revisions of everything written are recorded last, inside the transaction; action hooks run after
 * the commit.
 */
package dev.ordo.plugins.data.write;
