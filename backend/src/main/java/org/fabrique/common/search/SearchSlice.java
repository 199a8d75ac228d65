package org.fabrique.common.search;

import java.util.List;

/**
 * What one type contributes to a search: its best hits (title matches first, at most the limit
 * asked) and how many of its records match in all.
 */
public record SearchSlice(List<SearchHit> hits, long total) {}
