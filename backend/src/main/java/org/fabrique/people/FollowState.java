package org.fabrique.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the caller follows a target. */
@Schema(name = "FollowState")
public record FollowState(@Schema(examples = "true") boolean following) {}
