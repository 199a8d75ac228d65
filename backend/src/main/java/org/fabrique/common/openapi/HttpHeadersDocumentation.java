package org.fabrique.common.openapi;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.fabrique.common.paging.PageRequest;

/**
 * Documents the HTTP mechanisms that every operation shares (common/http, common/paging,
 * common/ratelimit):
 *
 * <ul>
 *   <li>conditional reads: a GET that declares 304 answers through {@code EntityTags.conditionalGet}:
 *       it takes {@code If-None-Match} and its 200 carries {@code ETag};
 *   <li>updates that take {@code If-Match} answer through {@code EntityTags.ok}: their 200 carries
 *       {@code ETag};
 *   <li>every 201 carries {@code Location}; it carries {@code ETag} too when the created resource
 *       has a conditional GET one segment below the collection ({@code EntityTags.created});
 *   <li>429 and 503 carry {@code Retry-After}; answers to counted requests carry the
 *       {@code RateLimit-*} headers ({@code RateLimitFilter});
 *   <li>{@code page} and {@code size} are integers with the bounds of {@link PageRequest} (the
 *       resources read them as strings to answer {@code page=abc} with a 400 problem naming it).
 * </ul>
 */
class HttpHeadersDocumentation {
    private static final String HEADERS = "#/components/headers/";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "Retry-After";
    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    void document(OpenAPI openAPI) {
        declareHeaders(components(openAPI));
        declareLanguageParameters(components(openAPI));
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                Operation op = entry.getValue();
                PathItem.HttpMethod method = entry.getKey();
                if (op.getResponses() == null) {
                    continue;
                }
                pagingParameters(op);
                if (method == PathItem.HttpMethod.GET
                        && CONTENT_READS.matcher(path.getKey()).matches()) {
                    op.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + LANG));
                }
                boolean conditional =
                        method == PathItem.HttpMethod.GET && op.getResponses().hasAPIResponse("304");
                if (conditional) {
                    requestHeader(
                            op,
                            "If-None-Match",
                            "ETag of the version you hold; 304 without a body while it is still current");
                    header(op, "200", ETAG);
                    header(op, "304", ETAG);
                }
                if (hasHeaderParameter(op, "If-Match")) {
                    header(op, "200", ETAG);
                }
                if (op.getResponses().hasAPIResponse("201")) {
                    header(op, "201", LOCATION);
                    if (hasConditionalItem(paths, path.getKey())) {
                        header(op, "201", ETAG);
                    }
                }
                header(op, "429", RETRY_AFTER);
                header(op, "503", RETRY_AFTER);
                for (Map.Entry<String, APIResponse> response :
                        op.getResponses().getAPIResponses().entrySet()) {
                    String code = response.getKey();
                    if (code.startsWith("2") || code.startsWith("4")) {
                        header(op, code, LIMIT);
                        header(op, code, REMAINING);
                        header(op, code, RESET);
                    }
                }
            }
        }
    }

    private static void declareHeaders(Components components) {
        components.addHeader(
                ETAG,
                header(
                        "Strong entity tag of this version, \"<version>.<digest>\": send it back in If-None-Match"
                                + " (304 while unchanged) or If-Match (412 when stale)",
                        string(200).example("\"3.5f2b9c1e\"")));
        components.addHeader(
                LOCATION,
                header("URL of the created resource", string(2000).example("/api/v1/coalitions/nouvelle-coalition")));
        components.addHeader(
                RETRY_AFTER,
                header("Seconds to wait before trying again", integer(0, 86_400).example(30)));
        String counted = " Sent on answers to counted requests: anonymous reads, and every write.";
        components.addHeader(
                LIMIT, header("Requests allowed per window in the caller's bucket." + counted, integer(1, 1_000_000)));
        components.addHeader(
                REMAINING, header("Requests left in the current window." + counted, integer(0, 1_000_000)));
        components.addHeader(RESET, header("Seconds until the bucket is full again." + counted, integer(0, 86_400)));
    }

    private static void pagingParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter parameter : op.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY) {
                continue;
            }
            if ("page".equals(parameter.getName())) {
                parameter.setSchema(integer(0, PageRequest.MAX_PAGE).defaultValue(0));
            } else if ("size".equals(parameter.getName())) {
                parameter.setSchema(integer(1, PageRequest.MAX_SIZE).defaultValue(PageRequest.DEFAULT_SIZE));
            }
        }
    }

    /** Whether {@code collection/{x}} has a GET that declares 304 (an item served with its ETag). */
    private static boolean hasConditionalItem(Map<String, PathItem> paths, String collection) {
        String prefix = collection + "/{";
        return paths.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix)
                        && e.getKey().indexOf('/', prefix.length()) < 0
                        && e.getKey().endsWith("}"))
                .map(e -> e.getValue().getGET())
                .anyMatch(get -> get != null
                        && get.getResponses() != null
                        && get.getResponses().hasAPIResponse("304"));
    }

    private static boolean hasHeaderParameter(Operation op, String name) {
        return op.getParameters() != null
                && op.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /**
     * Languages (common/i18n, common/error): every operation takes Accept-Language (problem texts),
     * reads take {@code lang} too (texts of content; links carry it), and their answers vary by it.
     */
    /** Reads whose texts follow the reader's language (common/i18n). */
    static final java.util.regex.Pattern CONTENT_READS =
            java.util.regex.Pattern.compile("/api/v1/(coalitions|axes|events|notes)(/\\{slug\\})?");

    static final String LANG = "Lang";

    private static void declareLanguageParameters(Components components) {
        components.addParameter(
                LANG,
                OASFactory.createParameter()
                        .name("lang")
                        .in(Parameter.In.QUERY)
                        .description("Language of the texts of content (wins over Accept-Language; links carry"
                                + " it): a text with a translation into it shows the translation, any other its"
                                + " original; each answer's languages say which")
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(java.util.List.of("fr", "en"))));
    }

    private static void requestHeader(Operation op, String name, String description) {
        if (hasHeaderParameter(op, name)) {
            return;
        }
        op.addParameter(OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .description(description)
                .schema(string(200).example("\"3.5f2b9c1e\"")));
    }

    private static void header(Operation op, String code, String name) {
        APIResponse response = op.getResponses().getAPIResponse(code);
        if (response == null || response.getRef() != null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static Schema integer(long minimum, long maximum) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(maximum));
    }

    private static Components components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        return openAPI.getComponents();
    }
}
