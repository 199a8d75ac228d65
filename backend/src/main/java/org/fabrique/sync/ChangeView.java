package org.fabrique.sync;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a public resource, in commit order. */
@Schema(description = "One change of a public resource, in commit order")
public record ChangeView(
        @Schema(
                description = "Position of this change: pass it as 'after' to read what follows",
                examples = "MTIzNC41Ng")
        String cursor,

        @Schema(
                description = "Kind of resource",
                enumeration = {
                    "axis",
                    "territory",
                    "actor",
                    "person",
                    "coalition",
                    "resource",
                    "initiative",
                    "event",
                    "note",
                    "testimony",
                    "membership",
                    "territorial-coalition"
                })
        String type,

        @Schema(description = "Id of the resource (the key to mirror by: slugs can change)", examples = "42")
        long id,

        @Schema(
                description = "Slug of the resource when the change was made (none for memberships and"
                        + " territorial coalitions)",
                examples = "formations-superieures-numeriques-ethiques")
        String slug,

        @Schema(
                description = "For an update that renamed the resource: its slug before (a mirror keyed by slug"
                        + " drops that entry)")
        String previousSlug,

        @Schema(
                description = "created, updated or deleted, as the public sees it (a note that stops being"
                        + " published is deleted)",
                enumeration = {"created", "updated", "deleted"})
        String action,

        @Schema(description = "When the change was made") OffsetDateTime changedAt,

        @Schema(
                description = "Where to read the resource now (absent for a deletion); for memberships and"
                        + " territorial coalitions, their coalition, whose view embeds them",
                examples = "/api/v1/coalitions/formations-superieures-numeriques-ethiques")
        String href) {}
