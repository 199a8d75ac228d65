package org.fabrique.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; the only error body the API returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "https://fabrique.example/problems/not-found")
        URI type,

        @Schema(examples = "Not found") String title,
        @Schema(examples = "404") int status,

        @Schema(examples = "No coalition with slug 'unknown'")
        String detail,

        @Schema(examples = "/api/v1/coalitions/unknown") String instance,

        @Schema(description = "One entry per invalid field or parameter")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://fabrique.example/problems/";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "title") String field,
            @Schema(examples = "must not be blank") String message) {}

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
    }

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    /** A problem whose title is in the language of {@code texts} (the detail already is). */
    public static Problem of(ProblemTexts texts, ProblemType type, String detail, String instance) {
        return of(texts, type, detail, instance, List.of());
    }

    public static Problem of(
            ProblemTexts texts, ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), texts.title(type), type.status(), detail, instance, errors);
    }
}
