package org.fabrique.territory;

/** A territory's id and its parent's, as the walks of the hierarchy read them. */
public record ParentLink(long id, Long parentId) {}
