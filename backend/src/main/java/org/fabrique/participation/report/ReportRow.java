package org.fabrique.participation.report;

import java.time.OffsetDateTime;

/** An open report with the id of the contribution it is about (a query's row). */
public record ReportRow(long contributionId, ReportReason reason, String detail, OffsetDateTime createdAt) {
    public ReportView view() {
        return new ReportView(reason, detail, createdAt);
    }
}
