package org.fabrique.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.paging.PageRequest;

/**
 * The changes feed: the public view of the change log, read after a cursor, and its retention.
 * Changes are not coalesced: each change of a page is one item with its own cursor, so that a
 * reader may stop anywhere and resume exactly there.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangesService {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final ChangeLogRepository log;
    private final ChangeMapper mapper;
    private final Duration retention;

    public ChangesService(
            ChangeLogRepository log,
            ChangeMapper mapper,
            @ConfigProperty(name = "fabrique.sync.retention", defaultValue = "P30D") Duration retention) {
        this.log = log;
        this.mapper = mapper;
        this.retention = retention;
    }

    public ChangeHead head() {
        return new ChangeHead(log.head().encode());
    }

    /**
     * Up to {@code limit} changes after {@code after}. 400 for a cursor beyond the head (never
     * handed out), 410 for one older than the retention (the partner reloads the lists).
     */
    public ChangePage after(ChangeCursor after, int limit) {
        ChangeCursor head = log.head();
        if (head.isBefore(after)) {
            throw PageRequest.invalid("after", "is not a cursor handed out by this API");
        }
        Optional<ChangeCursor> purged = log.purgedThrough();
        if (purged.isPresent() && after.isBefore(purged.get())) {
            throw new DomainException(
                    ProblemType.GONE,
                    "This cursor is older than the changes kept (" + retention.toDays()
                            + " days): take the head, reload the lists, then follow the feed again");
        }
        List<ChangeRow> rows = log.after(after, limit + 1);
        boolean more = rows.size() > limit;
        List<ChangeRow> page = more ? rows.subList(0, limit) : rows;
        ChangeCursor next = page.isEmpty() ? after : page.get(page.size() - 1).cursor();
        if (!more && next.isBefore(head)) {
            // Nothing visible remains before the head: move there, so that an idle reader's cursor
            // stays newer than the retention.
            next = head;
        }
        return new ChangePage(mapper.views(page), next.encode(), more);
    }

    /** Removes the changes older than the retention. */
    @Transactional
    public int purge() {
        return log.purgeBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(retention));
    }

    /** Removes the changes made before {@code cutoff} (the scheduled purge, and tests). */
    @Transactional
    public int purgeBefore(OffsetDateTime cutoff) {
        return log.purgeBefore(cutoff);
    }
}
