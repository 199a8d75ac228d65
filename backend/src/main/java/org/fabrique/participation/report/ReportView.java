package org.fabrique.participation.report;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open report as moderators see it (never who sent it). */
@Schema(name = "Report")
public record ReportView(ReportReason reason, String detail, OffsetDateTime createdAt) {}
