package org.fabrique.coalition;

import java.util.List;

/**
 * What the open-data export may read of coalitions: every coalition, flattened into public facts
 * ({@link CoalitionExport}). Part of the narrow contract between the coalition feature and the
 * features above it, beside {@link CoalitionDirectory}.
 */
public interface CoalitionOpenData {
    /** Every coalition by number, with its public parts. */
    List<CoalitionExport> exportAll();
}
