package org.fabrique.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.fabrique.common.security.AccessDenial;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json. Messages are written here, never copied from
 * exceptions of the framework, so no class name or stack trace reaches a client.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        return respond(Problem.of(texts, e.type(), e.detail(texts), path(uri), e.errors(texts)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        // Hibernate Validator already wrote the messages in the request's language (quarkus.locales).
        ProblemTexts texts = ProblemTexts.of(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(Problem.of(
                texts, ProblemType.VALIDATION, texts.text("The request has invalid fields"), path(uri), errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    /** More specific than Quarkus' built-in mapper of this type, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    /** A merge-patched representation that does not read as the resource's input (a field's type). */
    @ServerExceptionMapper
    public Response patchedInput(
            org.fabrique.common.http.MergePatcher.PatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e.json(), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        String detail = "The request body is not valid JSON";
        List<Problem.FieldError> errors = List.of();
        if (e instanceof UnrecognizedPropertyException u) {
            detail = texts.format("Unknown property ''{0}''", u.getPropertyName());
            errors = List.of(new Problem.FieldError(jsonPath(u), texts.text("unknown property")));
        } else if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            detail = "A property has a value outside its allowed values";
            String allowed = java.util.Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            errors = List.of(new Problem.FieldError(jsonPath(f), texts.format("must be one of {0}", allowed)));
        } else if (e instanceof InvalidFormatException f) {
            detail = "A property has a value of the wrong type or format";
            errors = List.of(new Problem.FieldError(jsonPath(f), texts.text("invalid value")));
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            detail = "A property has a value of the wrong type";
            errors = List.of(new Problem.FieldError(jsonPath(m), texts.text("invalid value")));
        }
        return respond(Problem.of(texts, ProblemType.BAD_REQUEST, texts.text(detail), path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorizedResponse(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorizedResponse(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        // A permission checker's reason for this request, when it recorded one (AccessDenial).
        String reason = Arc.container().requestContext().isActive()
                ? Arc.container().instance(AccessDenial.class).get().reason()
                : null;
        return respond(Problem.of(
                texts,
                ProblemType.FORBIDDEN,
                texts.text(reason != null ? reason : "Your roles do not allow this operation"),
                path(uri)));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return staleResponse(uri, headers);
    }

    @ServerExceptionMapper
    public Response staleState(StaleObjectStateException e, UriInfo uri, HttpHeaders headers) {
        return staleResponse(uri, headers);
    }

    /** A unique constraint met by a concurrent write (e.g. two coalitions taking the same number). */
    @ServerExceptionMapper
    public Response uniqueViolation(
            org.hibernate.exception.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        if (!"23505".equals(e.getSQLState())) {
            return unexpected(e, uri, headers);
        }
        ProblemTexts texts = ProblemTexts.of(headers);
        return respond(Problem.of(
                texts,
                ProblemType.CONFLICT,
                texts.text("This conflicts with an existing record (a unique value is taken)"),
                path(uri)));
    }

    /**
     * The database cannot be reached or no connection is free in time (overload): 503 with
     * Retry-After, so that clients and load balancers back off instead of seeing a 500.
     */
    @ServerExceptionMapper
    public Response database(org.hibernate.JDBCException e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(
                e.getSQLException() == null ? "" : e.getSQLException().getMessage());
        if (e instanceof org.hibernate.exception.JDBCConnectionException
                || state.startsWith("08")
                || state.startsWith("57P")
                || BOUNDED_WAITS.contains(state)
                || message.contains("acquisition timeout")) {
            return unavailable(message, uri, texts);
        }
        if (state.startsWith("22")) {
            // Data exceptions: a value the database cannot hold (a NUL character, a number out of
            // range) that came in with the request.
            LOG.info("Refused a value on " + path(uri) + ": SQLState " + state);
            return respond(Problem.of(
                    texts,
                    ProblemType.BAD_REQUEST,
                    texts.text(
                            "The request holds a value that cannot be stored (a NUL character, or a number out of range)"),
                    path(uri)));
        }
        return unexpected(e, uri, headers);
    }

    /**
     * A statement that waited too long for a lock (55P03, {@code lock_timeout}) or ran too long
     * (57014, {@code statement_timeout}): the database is stuck on something else; 503, retry later.
     * (Class 08 is a lost or refused connection; 57P, a server shutting down or starting up.)
     */
    private static final java.util.Set<String> BOUNDED_WAITS = java.util.Set.of("55P03", "57014");

    @ServerExceptionMapper
    public Response lockTimeout(jakarta.persistence.LockTimeoutException e, UriInfo uri, HttpHeaders headers) {
        return unavailable(String.valueOf(e.getMessage()), uri, ProblemTexts.of(headers));
    }

    @ServerExceptionMapper
    public Response queryTimeout(jakarta.persistence.QueryTimeoutException e, UriInfo uri, HttpHeaders headers) {
        return unavailable(String.valueOf(e.getMessage()), uri, ProblemTexts.of(headers));
    }

    @ServerExceptionMapper
    public Response pessimisticLock(jakarta.persistence.PessimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return unavailable(String.valueOf(e.getMessage()), uri, ProblemTexts.of(headers));
    }

    private static Response unavailable(String message, UriInfo uri, ProblemTexts texts) {
        LOG.warn("Database unavailable on " + path(uri) + ": " + message);
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", "2")
                .entity(Problem.of(
                        texts,
                        ProblemType.UNAVAILABLE,
                        texts.text("The service is overloaded or its database is unreachable; retry shortly"),
                        path(uri)))
                .build();
    }

    /**
     * A connection failure wrapped by another layer (a transaction that could not begin or commit,
     * say): the first {@link java.sql.SQLException} of the causes that tells the database is out
     * of reach or no connection was free in time, or null.
     */
    static java.sql.SQLException unavailableCause(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof java.sql.SQLException sql
                    && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                            || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return sql;
            }
        }
        return null;
    }

    @ServerExceptionMapper
    public Response webApplication(
            WebApplicationException e,
            UriInfo uri,
            jakarta.ws.rs.container.ContainerRequestContext request,
            HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        int status = e.getResponse().getStatus();
        boolean patch = request != null && "PATCH".equals(request.getMethod());
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "This resource cannot be represented in the requested media type";
            case 415 ->
                patch
                        ? "Send the request body as application/merge-patch+json (RFC 7396)"
                        : "Send the request body as application/json";
            case 400 -> "The request is malformed";
            default -> type.title();
        };
        detail = texts.text(detail);
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), texts.title(type), status, detail, path(uri), List.of()));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        java.sql.SQLException unavailable = unavailableCause(e);
        if (unavailable != null) {
            return unavailable(unavailable.getMessage(), uri, texts);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(Problem.of(
                texts,
                ProblemType.INTERNAL,
                texts.text("An unexpected error occurred; it has been logged"),
                path(uri)));
    }

    private static Response unauthorizedResponse(UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.of(
                        texts, ProblemType.UNAUTHORIZED, texts.text("Sign in with a valid bearer token"), path(uri)))
                .build();
    }

    /**
     * A concurrent update committed first (the row version moved). With If-Match the client made
     * its update conditional on the version it read, which is no longer current: 412, as when the
     * check of If-Match itself fails; without, 409.
     */
    private static Response staleResponse(UriInfo uri, HttpHeaders headers) {
        ProblemTexts texts = ProblemTexts.of(headers);
        String ifMatch = headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank()) {
            return respond(Problem.of(
                    texts,
                    ProblemType.PRECONDITION_FAILED,
                    texts.text(
                            "The resource changed since you read it (another update came first); reload it and retry"),
                    path(uri)));
        }
        return respond(Problem.of(
                texts,
                ProblemType.CONFLICT,
                texts.text("The resource was changed by someone else meanwhile; reload it and retry"),
                path(uri)));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // Path of a method parameter: "create.input.problems[0].title" -> "problems[0].title";
        // "list.page" -> "page". An element of a list carries its index on the node after it.
        List<jakarta.validation.Path.Node> nodes = StreamSupport.stream(
                        violation.getPropertyPath().spliterator(), false)
                .toList();
        if (nodes.size() <= 2) {
            return nodes.isEmpty()
                    ? ""
                    : String.valueOf(nodes.get(nodes.size() - 1).getName());
        }
        StringBuilder path = new StringBuilder();
        for (jakarta.validation.Path.Node node : nodes.subList(2, nodes.size())) {
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
