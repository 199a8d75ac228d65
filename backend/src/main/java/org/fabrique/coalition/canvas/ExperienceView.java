package org.fabrique.coalition.canvas;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An existing initiative a coalition builds on. */
@Schema(name = "Experience")
public record ExperienceView(Long id, String title, String description, String url) {}
