package org.fabrique.common.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.Problem;
import org.fabrique.common.error.ProblemType;

/**
 * Validates a request body inside a service, after the caller's right to act on the resource is
 * checked: someone who may not edit a coalition learns 403, not which fields were wrong.
 */
@ApplicationScoped
public class InputValidator {
    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T input) {
        if (input == null) {
            throw new DomainException(ProblemType.VALIDATION, "A request body is required", List.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(path(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            throw new DomainException(ProblemType.VALIDATION, "The request has invalid fields", errors);
        }
        return input;
    }

    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                path.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }
}
