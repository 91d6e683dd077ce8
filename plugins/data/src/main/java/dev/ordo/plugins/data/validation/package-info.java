/**
 * Validation rules checked on payloads before they are written (PLATFORM.md §2.6, §15): a field's own rule and a
 * permission's validation are filters, and {@link dev.ordo.plugins.data.validation.PayloadValidator} checks them the
 * way Directus's {@code validatePayload} does, reporting each broken rule as a
 * {@link dev.ordo.plugins.data.validation.ValidationFailure} in the {@code FAILED_VALIDATION} shape.
 */
package dev.ordo.plugins.data.validation;
