package org.fabrique.toolbox;

/** Kinds of shared resources in a territory's toolbox. */
public enum ResourceKind {
    GUIDE,
    TOOLKIT,
    BOOKLET,
    EXPERIENCE_REPORT,
    SOFTWARE_COMMONS,
    KNOWLEDGE_COMMONS
}
