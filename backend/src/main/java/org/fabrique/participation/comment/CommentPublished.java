package org.fabrique.participation.comment;

/**
 * A comment became public (published at once, or approved by a moderator): a CDI event fired in the
 * transaction of the change, for the features that tell people about it.
 *
 * @param authorAccountId the author's account, when signed in (not told of their own comment)
 */
public record CommentPublished(long commentId, CommentTarget target, Long authorAccountId) {}
