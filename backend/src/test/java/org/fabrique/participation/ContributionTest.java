package org.fabrique.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.fabrique.actor.ActorKind;
import org.fabrique.participation.comment.Comment;
import org.fabrique.participation.comment.CommentStatus;
import org.fabrique.participation.comment.CommentTarget;
import org.fabrique.participation.suggestion.Suggestion;
import org.fabrique.participation.suggestion.SuggestionKind;
import org.fabrique.participation.suggestion.SuggestionStatus;
import org.fabrique.participation.suggestion.SuggestionTarget;
import org.junit.jupiter.api.Test;

/** What comments and suggestions share as contributions: signature, decisions, hiding, erasure. */
class ContributionTest {
    private static final Author READER = new Author(null, "Camille", "camille@example.org", "hash-of-email");

    private static Comment comment() {
        Comment c = new Comment(
                new CommentTarget(CommentTarget.Kind.NOTE, 7), null, "https://camille.example", "<b>Bonjour</b>");
        c.sign(READER, "hash-of-address", "hash-of-text");
        return c;
    }

    private static Suggestion suggestion() {
        Suggestion s = new Suggestion(
                new SuggestionTarget(SuggestionTarget.Kind.AXIS, 3),
                SuggestionKind.POTENTIAL_ALLY,
                "Fresque du Numérique",
                "Une association",
                "https://ally.example",
                ActorKind.ASSOCIATION);
        s.sign(READER, "hash-of-address", "hash-of-text");
        return s;
    }

    @Test
    void signing_recordsTheAuthorAndTheHashes() {
        Comment c = comment();
        assertEquals("Camille", c.getAuthorName());
        assertEquals("camille@example.org", c.getEmail());
        assertEquals("hash-of-email", c.getEmailHash());
        assertEquals("hash-of-address", c.getIpHash());
        assertEquals("hash-of-text", c.getContentHash());
        assertNull(c.getAccountId());
        assertEquals(ContributionKind.COMMENT, c.kind());
        assertEquals(ContributionKind.SUGGESTION, suggestion().kind());
        assertEquals(7L, c.getNoteId());
        assertNull(c.getCoalitionId());
    }

    @Test
    void aDecision_setsTheStatus_showsAHiddenContributionAgain_andKeepsATrimmedNote() {
        Comment c = comment();
        c.hide();
        assertTrue(c.isHidden());
        OffsetDateTime at = OffsetDateTime.parse("2026-03-01T10:00:00Z");
        c.decide(CommentStatus.APPROVED, "  fine  ", at);
        assertEquals(CommentStatus.APPROVED, c.getStatus());
        assertFalse(c.isHidden());
        assertEquals("fine", c.getModeratorNote());
        assertEquals(at, c.getModeratedAt());
        Suggestion s = suggestion();
        s.decide(SuggestionStatus.REJECTED, "   ", at);
        assertEquals(SuggestionStatus.REJECTED, s.getStatus());
        assertNull(s.getModeratorNote());
    }

    @Test
    void erasure_forgetsTheAuthor_commentsLoseTheirBody_suggestionsKeepTheirContent() {
        Comment c = comment();
        c.erase();
        assertTrue(c.isErased());
        assertEquals(Contribution.ERASED_NAME, c.getAuthorName());
        assertNull(c.getEmail());
        assertNull(c.getEmailHash());
        assertNull(c.getIpHash());
        assertNull(c.getContentHash());
        assertNull(c.getWebsite());
        assertEquals(Comment.ERASED_BODY, c.getBodyHtml());

        Suggestion s = suggestion();
        s.erase();
        assertTrue(s.isErased());
        assertEquals(Contribution.ERASED_NAME, s.getAuthorName());
        assertNull(s.getEmail());
        assertNull(s.getEmailHash());
        assertEquals("Fresque du Numérique", s.getTitle());
        assertEquals("https://ally.example", s.getWebsite());
    }

    @Test
    void aCommentKnowsItsPage() {
        Comment c = comment();
        assertTrue(c.isOn(new CommentTarget(CommentTarget.Kind.NOTE, 7)));
        assertFalse(c.isOn(new CommentTarget(CommentTarget.Kind.COALITION, 7)));
        assertFalse(c.isOn(new CommentTarget(CommentTarget.Kind.NOTE, 8)));
    }
}
