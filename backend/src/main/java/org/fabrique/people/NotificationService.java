package org.fabrique.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.account.AccountService;
import org.fabrique.account.MailContact;
import org.fabrique.account.NotificationMode;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.mail.MailConfig;
import org.fabrique.common.mail.MailKind;
import org.fabrique.common.mail.MailLanguage;
import org.fabrique.common.mail.Mails;
import org.fabrique.common.mail.OutgoingMail;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ChangeLogCursors;
import org.fabrique.event.EventService;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteView;
import org.fabrique.territory.TerritoryService;
import org.fabrique.testimony.TestimonyService;
import org.fabrique.testimony.TestimonyView;
import org.jboss.logging.Logger;

/**
 * Notifications about what people follow. The notifier reads the change log (V19/V20) after its
 * cursor, one replica at a time: each note published and each testimony added becomes a
 * notification for the followers of its coalitions, axes, territories and event, written with
 * the mail it causes (for people who chose immediate mails) in one transaction with the cursor's
 * move, so none is lost or doubled. The daily digest gathers, once a day, what the people who
 * chose it have not been mailed yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationService {
    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final NotificationRepository repository;
    private final FollowRepository follows;
    private final AccountService accounts;
    private final NoteService notes;
    private final TestimonyService testimonies;
    private final CoalitionDirectory coalitions;
    private final AxisService axes;
    private final TerritoryService territories;
    private final EventService events;
    private final Mails mails;
    private final MailConfig mailConfig;
    private final NotificationConfig config;
    private final NotificationDelivery delivery;
    private final Unsubscribe unsubscribe;
    private final ChangeLogCursors cursors;

    public NotificationService(
            NotificationRepository repository,
            FollowRepository follows,
            AccountService accounts,
            NoteService notes,
            TestimonyService testimonies,
            CoalitionDirectory coalitions,
            AxisService axes,
            TerritoryService territories,
            EventService events,
            Mails mails,
            MailConfig mailConfig,
            NotificationConfig config,
            NotificationDelivery delivery,
            Unsubscribe unsubscribe,
            ChangeLogCursors cursors) {
        this.repository = repository;
        this.follows = follows;
        this.accounts = accounts;
        this.notes = notes;
        this.testimonies = testimonies;
        this.coalitions = coalitions;
        this.axes = axes;
        this.territories = territories;
        this.events = events;
        this.mails = mails;
        this.mailConfig = mailConfig;
        this.config = config;
        this.delivery = delivery;
        this.unsubscribe = unsubscribe;
        this.cursors = cursors;
    }

    @Scheduled(
            identity = "notifier",
            every = "${fabrique.notifications.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (notifyOnce() > 0) {
                // more changes may wait
            }
        } catch (RuntimeException e) {
            LOG.warnf("Notifier failed: %s", e.getClass().getSimpleName());
        }
    }

    @Scheduled(
            identity = "daily-digest",
            cron = "${fabrique.notifications.digest-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDigest() {
        try {
            digestOnce();
        } catch (RuntimeException e) {
            LOG.warnf("Daily digest failed: %s", e.getClass().getSimpleName());
        }
    }

    /** One round: the notifications of up to a batch of changes; the number of changes read. */
    public int notifyOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ChangeLogCursors.Cursor> cursor = cursors.lock(ChangeLogCursors.Reader.NOTIFIER);
            if (cursor.isEmpty()) {
                return 0;
            }
            Optional<ChangeLogCursors.Cursor> upTo = repository.lastReadable(cursor.get(), config.batchSize());
            if (upTo.isEmpty()) {
                return 0;
            }
            List<NotificationRepository.Publication> publications = repository.publications(cursor.get(), upTo.get());
            for (NotificationRepository.Publication publication : publications) {
                notifyOf(publication);
            }
            cursors.move(ChangeLogCursors.Reader.NOTIFIER, upTo.get());
            return 1 + publications.size();
        });
    }

    /** Mails the daily digest of everyone who chose it and has something new; the number of mails. */
    public int digestOnce() {
        int sent = 0;
        for (long accountId : QuarkusTransaction.requiringNew().call(repository::digestAccounts)) {
            sent += QuarkusTransaction.requiringNew().call(() -> {
                MailContact contact = accounts.contact(accountId);
                List<NotificationRepository.Row> rows = repository.takeUndigested(accountId);
                if (contact == null || contact.mode() != NotificationMode.DAILY || rows.isEmpty()) {
                    return 0;
                }
                List<Map<String, Object>> items = rows.stream()
                        .map(r -> Map.<String, Object>of(
                                "kind",
                                r.kind(),
                                "label",
                                NotificationKind.of(r.kind()).label(contact.language()),
                                "title",
                                r.title(),
                                "link",
                                mailConfig.spaUrl() + r.link()))
                        .toList();
                mails.queue(
                        new OutgoingMail(
                                MailKind.DIGEST,
                                contact.email(),
                                MailLanguage.of(contact.language()),
                                Map.of("items", items, "profileUrl", profileUrl()),
                                unsubscribe.pageUrl(accountId),
                                unsubscribe.oneClickUrl(accountId)),
                        "digest:" + accountId + ":" + rows.get(rows.size() - 1).id());
                return 1;
            });
        }
        return sent;
    }

    public Page<NotificationView> mine(PageRequest page) {
        long accountId = accounts.caller().accountId();
        List<NotificationView> items = repository.page(accountId, page.page(), page.size()).stream()
                .map(r -> new NotificationView(r.id(), r.kind(), r.title(), r.link(), r.createdAt(), r.readAt()))
                .toList();
        return Page.of(items, page, repository.count(accountId));
    }

    public UnreadCount unread() {
        return new UnreadCount(repository.unread(accounts.caller().accountId()));
    }

    @Transactional
    public int markRead(MarkRead input) {
        List<Long> ids = input == null || input.ids() == null ? List.of() : input.ids();
        return repository.markRead(accounts.caller().accountId(), ids);
    }

    private void notifyOf(NotificationRepository.Publication publication) {
        Set<Long> followers = new LinkedHashSet<>();
        String title;
        String link;
        if (publication.entity().equals("note")) {
            Optional<NoteView> note = publishedNote(publication.slug());
            if (note.isEmpty()) {
                return; // unpublished or deleted since: nothing to announce
            }
            NoteView view = note.get();
            title = view.title();
            link = "/notes/" + view.slug();
            followers.addAll(followersOfNote(view));
        } else {
            Optional<TestimonyView> testimony = testimony(publication.entityId());
            if (testimony.isEmpty()) {
                return;
            }
            TestimonyView view = testimony.get();
            title = view.person() != null
                    ? view.person().fullName()
                    : view.actor() != null ? view.actor().name() : "";
            link = view.event() != null
                    ? "/events/" + view.event().slug()
                    : "/coalitions/" + view.coalition().slug();
            if (view.coalition() != null) {
                coalitions
                        .idOf(view.coalition().slug())
                        .ifPresent(id -> followers.addAll(followersOf(FollowTarget.coalition, List.of(id))));
            }
            if (view.event() != null) {
                events.idOf(view.event().slug())
                        .ifPresent(id -> followers.addAll(followersOf(FollowTarget.event, List.of(id))));
            }
        }
        delivery.deliver(
                followers,
                new NotificationDelivery.Notice(
                        NotificationKind.of(publication.entity()), title, link, publication.changeId(), null),
                null);
    }

    /** The followers of what a note is about: its coalitions, axes, territories and event. */
    Set<Long> followersOfNote(NoteView view) {
        Set<Long> followers = new LinkedHashSet<>();
        followers.addAll(followersOf(
                FollowTarget.coalition,
                coalitions
                        .idsBySlug(view.coalitions().stream().map(c -> c.slug()).toList(), "coalitions")
                        .values()));
        followers.addAll(followersOf(
                FollowTarget.axis,
                axes.idsBySlug(view.axes().stream().map(a -> a.slug()).toList(), "axes")
                        .values()));
        followers.addAll(followersOf(
                FollowTarget.territory,
                territories
                        .idsBySlug(
                                view.territories().stream().map(t -> t.slug()).toList(), "territories")
                        .values()));
        if (view.event() != null) {
            events.idOf(view.event().slug())
                    .ifPresent(id -> followers.addAll(followersOf(FollowTarget.event, List.of(id))));
        }
        return followers;
    }

    private List<Long> followersOf(FollowTarget type, java.util.Collection<Long> ids) {
        return follows.followers(type, new ArrayList<>(ids));
    }

    /** A published note by slug, or empty (unpublished or deleted since). */
    Optional<NoteView> publishedNote(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        // A lookup that cannot throw: an exception through a @Transactional method would mark the
        // notifier's transaction rollback-only, and a note deleted since its change would block it.
        return notes.publishedIdOf(slug).map(id -> notes.get(slug, false).view());
    }

    private Optional<TestimonyView> testimony(long id) {
        return testimonies.find(id);
    }

    private String profileUrl() {
        return delivery.profileUrl();
    }
}
