package org.fabrique.common.error;

import java.util.List;

/** A rule of the domain was broken; mapped to a problem+json response of the given type. */
public class DomainException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public DomainException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public DomainException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static DomainException notFound(String what, String key) {
        return new DomainException(ProblemType.NOT_FOUND, "No " + what + " with key '" + key + "'");
    }

    public static DomainException badRequest(String detail) {
        return new DomainException(ProblemType.BAD_REQUEST, detail);
    }

    public static DomainException invalidField(String field, String message) {
        return new DomainException(
                ProblemType.VALIDATION,
                "The request has invalid fields",
                List.of(new Problem.FieldError(field, message)));
    }

    public static DomainException conflict(String detail) {
        return new DomainException(ProblemType.CONFLICT, detail);
    }

    public static DomainException preconditionFailed(String detail) {
        return new DomainException(ProblemType.PRECONDITION_FAILED, detail);
    }
}
