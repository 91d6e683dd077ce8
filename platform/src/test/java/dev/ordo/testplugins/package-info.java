/**
 * Extensions that tests package into plugin jars at run time. They live outside {@code dev.ordo.platform} because
 * plugins are not allowed to load the host's classes.
 */
package dev.ordo.testplugins;
