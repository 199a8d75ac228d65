package org.fabrique.coalition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposed engagement waiting for a coordinator's decision. */
@Schema(name = "CommitmentRequest")
public record CommitmentRequestView(CoalitionRef coalition, MembershipView membership) {}
