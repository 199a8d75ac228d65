package org.fabrique.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/**
 * The events a subscription may choose. Every public resource that has an address of its own gives
 * {@code <kind>.created|updated|deleted}; notes, which have drafts, give
 * {@code note.published|updated|unpublished|deleted} and nothing while they are drafts.
 */
public enum WebhookEventType {
    @JsonProperty("note.published")
    NOTE_PUBLISHED("note", "published"),
    @JsonProperty("note.updated")
    NOTE_UPDATED("note", "updated"),
    @JsonProperty("note.unpublished")
    NOTE_UNPUBLISHED("note", "unpublished"),
    @JsonProperty("note.deleted")
    NOTE_DELETED("note", "deleted"),
    @JsonProperty("coalition.created")
    COALITION_CREATED("coalition", "created"),
    @JsonProperty("coalition.updated")
    COALITION_UPDATED("coalition", "updated"),
    @JsonProperty("coalition.deleted")
    COALITION_DELETED("coalition", "deleted"),
    @JsonProperty("event.created")
    EVENT_CREATED("event", "created"),
    @JsonProperty("event.updated")
    EVENT_UPDATED("event", "updated"),
    @JsonProperty("event.deleted")
    EVENT_DELETED("event", "deleted"),
    @JsonProperty("resource.created")
    RESOURCE_CREATED("resource", "created"),
    @JsonProperty("resource.updated")
    RESOURCE_UPDATED("resource", "updated"),
    @JsonProperty("resource.deleted")
    RESOURCE_DELETED("resource", "deleted"),
    @JsonProperty("initiative.created")
    INITIATIVE_CREATED("initiative", "created"),
    @JsonProperty("initiative.updated")
    INITIATIVE_UPDATED("initiative", "updated"),
    @JsonProperty("initiative.deleted")
    INITIATIVE_DELETED("initiative", "deleted"),
    @JsonProperty("testimony.created")
    TESTIMONY_CREATED("testimony", "created"),
    @JsonProperty("testimony.updated")
    TESTIMONY_UPDATED("testimony", "updated"),
    @JsonProperty("testimony.deleted")
    TESTIMONY_DELETED("testimony", "deleted"),
    @JsonProperty("actor.created")
    ACTOR_CREATED("actor", "created"),
    @JsonProperty("actor.updated")
    ACTOR_UPDATED("actor", "updated"),
    @JsonProperty("actor.deleted")
    ACTOR_DELETED("actor", "deleted"),
    @JsonProperty("territory.created")
    TERRITORY_CREATED("territory", "created"),
    @JsonProperty("territory.updated")
    TERRITORY_UPDATED("territory", "updated"),
    @JsonProperty("territory.deleted")
    TERRITORY_DELETED("territory", "deleted"),
    @JsonProperty("axis.created")
    AXIS_CREATED("axis", "created"),
    @JsonProperty("axis.updated")
    AXIS_UPDATED("axis", "updated"),
    @JsonProperty("axis.deleted")
    AXIS_DELETED("axis", "deleted");

    private final String entity;
    private final String action;

    WebhookEventType(String entity, String action) {
        this.entity = entity;
        this.action = action;
    }

    /** The name partners see, such as {@code note.published}. */
    public String type() {
        return entity + "." + action;
    }

    /** The entity of the change log (V19) this event is about. */
    public String entity() {
        return entity;
    }

    public static Optional<WebhookEventType> of(String entity, String action) {
        return Arrays.stream(values())
                .filter(t -> t.entity.equals(entity) && t.action.equals(action))
                .findFirst();
    }

    public static Optional<WebhookEventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type().equals(type)).findFirst();
    }
}
