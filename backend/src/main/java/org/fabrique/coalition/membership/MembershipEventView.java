package org.fabrique.coalition.membership;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.account.AccountRef;

/** One change of an engagement: what, the state after it, who and when. */
@Schema(name = "MembershipEvent")
public record MembershipEventView(
        MembershipEvent.Action action,
        MembershipRole role,
        MembershipStatus status,
        String commitment,

        @Schema(description = "Reason or note given with a decision")
        String note,

        @Schema(nullable = true, description = "Who made the change (null for imported data)")
        AccountRef by,

        OffsetDateTime at) {}
