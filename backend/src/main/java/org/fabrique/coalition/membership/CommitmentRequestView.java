package org.fabrique.coalition.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.coalition.CoalitionRef;

/** A proposed engagement waiting for a coordinator's decision. */
@Schema(name = "CommitmentRequest")
public record CommitmentRequestView(CoalitionRef coalition, MembershipView membership) {}
