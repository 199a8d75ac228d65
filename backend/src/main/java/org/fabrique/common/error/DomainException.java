package org.fabrique.common.error;

import java.util.List;

/**
 * A rule of the domain was broken; mapped to a problem+json response of the given type. Its
 * detail and field messages are English message ids, patterns of {@link java.text.MessageFormat}
 * when arguments come with them; {@link ProblemTexts} translates them for the request.
 */
public class DomainException extends RuntimeException {
    private final ProblemType type;
    private final String pattern;
    private final List<Object> args;
    private final List<Problem.FieldError> errors;
    private final List<FieldText> fieldTexts;

    /** A field message as a pattern and its arguments. */
    public record FieldText(String field, String pattern, Object... args) {
        Problem.FieldError in(ProblemTexts texts) {
            return new Problem.FieldError(field, texts.format(pattern, args));
        }
    }

    public DomainException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public DomainException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(
                type,
                detail,
                List.of(),
                errors.stream().map(e -> new FieldText(e.field(), e.message())).toList());
    }

    private DomainException(ProblemType type, String pattern, List<Object> args, List<FieldText> fieldTexts) {
        super(ProblemTexts.english(pattern, args.toArray()), null, false, false);
        this.type = type;
        this.pattern = pattern;
        this.args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        this.fieldTexts = List.copyOf(fieldTexts);
        this.errors = fieldTexts.stream()
                .map(f -> f.in(ProblemTexts.of(java.util.Locale.ENGLISH)))
                .toList();
    }

    /** A problem whose detail is a {@link java.text.MessageFormat} pattern (in English) and its arguments. */
    public static DomainException of(ProblemType type, String pattern, Object... args) {
        return new DomainException(type, pattern, args == null ? List.of() : java.util.Arrays.asList(args), List.of());
    }

    public ProblemType type() {
        return type;
    }

    /** The field errors in English. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The detail in the language of {@code texts}. */
    public String detail(ProblemTexts texts) {
        return texts.format(pattern, args.toArray());
    }

    /** The field errors in the language of {@code texts}. */
    public List<Problem.FieldError> errors(ProblemTexts texts) {
        return fieldTexts.stream().map(f -> f.in(texts)).toList();
    }

    public static DomainException notFound(String what, String key) {
        return of(ProblemType.NOT_FOUND, "No {0} with key ''{1}''", ProblemTexts.term(what), key);
    }

    public static DomainException badRequest(String detail) {
        return new DomainException(ProblemType.BAD_REQUEST, detail);
    }

    public static DomainException invalidField(String field, String message, Object... args) {
        return new DomainException(
                ProblemType.VALIDATION,
                "The request has invalid fields",
                List.of(),
                List.of(new FieldText(field, message, args)));
    }

    public static DomainException invalidQueryParameter(String name, String message, Object... args) {
        return new DomainException(
                ProblemType.VALIDATION,
                "Invalid query parameter ''{0}''",
                List.of(name),
                List.of(new FieldText(name, message, args)));
    }

    public static DomainException conflict(String detail, Object... args) {
        return of(ProblemType.CONFLICT, detail, args);
    }

    public static DomainException preconditionFailed(String detail) {
        return new DomainException(ProblemType.PRECONDITION_FAILED, detail);
    }
}
