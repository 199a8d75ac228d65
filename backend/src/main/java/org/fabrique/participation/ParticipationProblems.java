package org.fabrique.participation;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.fabrique.common.error.Problem;
import org.fabrique.common.error.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps {@link TooManySubmissions} to 429 problem+json with {@code Retry-After}. */
public class ParticipationProblems {
    @ServerExceptionMapper
    public Response tooMany(TooManySubmissions e, UriInfo uri) {
        return Response.status(ProblemType.TOO_MANY_REQUESTS.status())
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", e.retryAfterSeconds())
                .entity(Problem.of(
                        ProblemType.TOO_MANY_REQUESTS,
                        e.getMessage(),
                        uri.getRequestUri().getRawPath()))
                .build();
    }
}
