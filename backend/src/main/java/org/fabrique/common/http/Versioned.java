package org.fabrique.common.http;

/**
 * A view of a resource with the version of its row ({@code @Version}): what the resource layer
 * needs to answer with an ETag and to check an {@code If-Match}.
 */
public record Versioned<V>(V view, long version) {}
