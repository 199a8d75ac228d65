package org.fabrique.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.common.outbox.Outbox;
import org.fabrique.common.persistence.ChangeLogCursors;
import org.fabrique.note.NoteRef;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.jboss.logging.Logger;

/**
 * Turns the change log (V19) into webhook deliveries: reads the changes after its cursor, maps each
 * to an event type from the entity's CURRENT public state (a note is announced when it is
 * published, never while it is a draft), writes one outbox message per active subscription to that
 * type and moves the cursor, all in one transaction, which holds the cursor's row: one replica at a
 * time (the others skip their turn).
 */
@ApplicationScoped
public class WebhookFanOutService {
    static final String KIND = "webhook";
    private static final Logger LOG = Logger.getLogger(WebhookFanOutService.class);
    private static final Map<String, String> PATHS = Map.of(
            "note", "notes",
            "coalition", "coalitions",
            "event", "events",
            "resource", "resources",
            "initiative", "initiatives",
            "testimony", "testimonies",
            "actor", "actors",
            "territory", "territories",
            "axis", "axes");

    private final FanOutRepository repository;
    private final Outbox outbox;
    private final NoteService notes;
    private final WebhookConfig config;
    private final ObjectMapper json;

    private final ChangeLogCursors cursors;

    public WebhookFanOutService(
            FanOutRepository repository,
            ChangeLogCursors cursors,
            Outbox outbox,
            NoteService notes,
            WebhookConfig config,
            ObjectMapper json) {
        this.repository = repository;
        this.cursors = cursors;
        this.outbox = outbox;
        this.notes = notes;
        this.config = config;
        this.json = json;
    }

    @Scheduled(
            identity = "webhook-fan-out",
            every = "${fabrique.webhooks.fan-out.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (fanOutOnce() == config.fanOut().batchSize()) {
                // a full batch: more changes may wait
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook fan-out failed: %s", e.getMessage());
        }
    }

    /** One transaction: up to a batch of changes turned into deliveries; the number of changes read. */
    public int fanOutOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ChangeLogCursors.Cursor> cursor = cursors.lock(ChangeLogCursors.Reader.WEBHOOK_FAN_OUT);
            if (cursor.isEmpty()) {
                return 0;
            }
            List<ChangeRow> changes =
                    repository.changesAfter(cursor.get(), config.fanOut().batchSize());
            if (changes.isEmpty()) {
                return 0;
            }
            Set<String> announced = new HashSet<>(repository.announced(changes));
            Map<Long, NoteRef> noteStates = notes.refs(changes.stream()
                    .filter(c -> c.entity().equals("note"))
                    .map(ChangeRow::entityId)
                    .collect(Collectors.toSet()));
            Map<WebhookEventType, List<Long>> subscribers = new EnumMap<>(WebhookEventType.class);
            for (ChangeRow change : changes) {
                if (PATHS.containsKey(change.entity())) {
                    eventOf(change, announced, noteStates)
                            .ifPresent(type -> deliver(
                                    change,
                                    type,
                                    noteStates,
                                    subscribers.computeIfAbsent(type, repository::activeSubscriptions)));
                }
            }
            ChangeRow last = changes.get(changes.size() - 1);
            cursors.move(ChangeLogCursors.Reader.WEBHOOK_FAN_OUT, new ChangeLogCursors.Cursor(last.tx(), last.id()));
            return changes.size();
        });
    }

    /**
     * The event a change means now: an entity public now and never announced is created
     * (published), one announced before is updated; one announced before that is no longer public
     * is deleted (a note back to draft: unpublished); nothing for what was never public.
     */
    private Optional<WebhookEventType> eventOf(ChangeRow change, Set<String> announced, Map<Long, NoteRef> noteStates) {
        boolean note = change.entity().equals("note");
        NoteRef noteState = noteState(change, noteStates);
        boolean publicNow = note ? noteState != null && noteState.status() == NoteStatus.PUBLISHED : !change.gone();
        String key = FanOutRepository.key(change);
        boolean wasAnnounced = announced.contains(key);
        String action;
        if (publicNow && !wasAnnounced) {
            action = note ? "published" : "created";
            announced.add(key);
            repository.announce(change.entity(), change.entityId());
        } else if (publicNow) {
            action = "updated";
        } else if (wasAnnounced) {
            action = note && noteState != null ? "unpublished" : "deleted";
            announced.remove(key);
            repository.forget(change.entity(), change.entityId());
        } else {
            return Optional.empty();
        }
        return WebhookEventType.of(change.entity(), action);
    }

    /** The current state of the note a change is about; null for other kinds and deleted notes. */
    private static NoteRef noteState(ChangeRow change, Map<Long, NoteRef> noteStates) {
        return change.entity().equals("note") ? noteStates.get(change.entityId()) : null;
    }

    private void deliver(
            ChangeRow change, WebhookEventType type, Map<Long, NoteRef> noteStates, List<Long> subscriptions) {
        if (subscriptions.isEmpty()) {
            return;
        }
        NoteRef noteState = noteState(change, noteStates);
        String slug = noteState != null ? noteState.slug() : change.slug();
        ObjectNode body = json.createObjectNode();
        body.put("type", type.type());
        body.put("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(change.changedAt()));
        ObjectNode data = body.putObject("data");
        data.put("id", change.entityId());
        data.put("slug", slug);
        String key = slug != null && !change.entity().equals("testimony") ? slug : Long.toString(change.entityId());
        data.put("href", config.apiBaseUrl() + "/api/v1/" + PATHS.get(change.entity()) + "/" + key);
        for (long subscription : subscriptions) {
            ObjectNode payload = json.createObjectNode();
            payload.put("subscriptionId", subscription);
            payload.set("body", body);
            outbox.enqueue(KIND, "webhook:" + subscription + ":" + change.id(), payload.toString())
                    .ifPresent(message -> repository.insertDelivery(message, subscription, type, change.id()));
        }
    }
}
