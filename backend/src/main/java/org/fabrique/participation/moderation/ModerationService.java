package org.fabrique.participation.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fabrique.account.AccountService;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.comment.CommentService;
import org.fabrique.participation.comment.ModeratedComment;
import org.fabrique.participation.suggestion.ModeratedSuggestion;
import org.fabrique.participation.suggestion.SuggestionService;

/** Moderation queues and bulk decisions on comments and suggestions, each decision logged. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModerationService {
    private final CommentService comments;
    private final SuggestionService suggestions;
    private final AccountService accounts;
    private final ModerationActionRepository log;

    public ModerationService(
            CommentService comments,
            SuggestionService suggestions,
            AccountService accounts,
            ModerationActionRepository log) {
        this.comments = comments;
        this.suggestions = suggestions;
        this.accounts = accounts;
        this.log = log;
    }

    public Page<ModeratedComment> commentQueue(ModerationQueue queue, PageRequest page) {
        return comments.queue(queue, page);
    }

    public Page<ModeratedSuggestion> suggestionQueue(ModerationQueue queue, PageRequest page) {
        return suggestions.queue(queue, page);
    }

    @Transactional
    public DecisionResult decideComments(CommentDecisionInput input) {
        List<Long> ids = comments.decide(input.ids(), input.action(), input.reason());
        record("comment", ids, input.action().name(), input.reason());
        return new DecisionResult(ids, input.action().name());
    }

    @Transactional
    public DecisionResult decideSuggestions(SuggestionDecisionInput input) {
        List<Long> ids = suggestions.decide(
                input.ids(),
                input.action(),
                input.note(),
                input.duplicateOf(),
                Boolean.TRUE.equals(input.createActor()),
                input.actorKind());
        record("suggestion", ids, input.action().name(), input.note());
        return new DecisionResult(ids, input.action().name());
    }

    private void record(String kind, List<Long> ids, String action, String reason) {
        Long by = accounts.caller().accountId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        for (Long id : ids) {
            log.persist(new ModerationAction(kind, id, action, why, by, now));
        }
    }
}
