package org.fabrique.partner;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Set;

/**
 * Checks every answer that the REST Assured tests receive from the API against openapi.yaml
 * (Atlassian's swagger-request-validator): a status, header or body that the contract does not
 * describe fails the test that met it. Registered for every {@code @QuarkusTest} through
 * META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback.
 *
 * <p>Not checked: requests (tests send invalid ones on purpose: page=abc, bodies over the limit);
 * paths outside /api (health, the OpenAPI document itself); answers given before the API, by the
 * HTTP codec (414 and 431, empty bodies: README, "Deployment"); and requests that carry an
 * {@code Origin}, whose CORS refusals (403, empty) belong to browsers, not to the contract.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback, Filter {
    static final ContractValidation FILTER = new ContractValidation();
    private static final Set<Integer> BEFORE_THE_API = Set.of(414, 431);

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(
                    "../openapi.yaml")
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        if (!request.getURI().contains("/api/")
                || BEFORE_THE_API.contains(answer.getStatusCode())
                || request.getHeaders().hasHeaderWithName("Origin")) {
            return answer;
        }
        ValidationReport report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered "
                    + answer.getStatusCode() + " outside openapi.yaml:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
        return answer;
    }
}
