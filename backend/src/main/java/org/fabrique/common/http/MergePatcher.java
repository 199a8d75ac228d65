package org.fabrique.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fabrique.common.error.DomainException;

/**
 * The {@code PATCH} path of every editable resource: the patch (RFC 7396) applies to the resource's
 * current representation, which is also its write representation (read-only fields are ignored on
 * write, references are read by their slug), the result is read as the resource's input record,
 * checked by the same {@code @Valid} rules as a {@code PUT} ({@link ValidInput}) and goes through
 * the same update (same {@code If-Match} rule). Reading the current state and updating happen in
 * one transaction, so a concurrent update between them fails on the row version as a {@code PUT}'s
 * would (409, or 412 with {@code If-Match}). Rights are checked before, by the resource's
 * annotations, as for {@code PUT}.
 */
@ApplicationScoped
public class MergePatcher {
    private final ObjectMapper mapper;
    private final ValidInput valid;

    public MergePatcher(ObjectMapper mapper, ValidInput valid) {
        this.mapper = mapper;
        this.valid = valid;
    }

    /**
     * @param body the request body, a merge patch document that must be a JSON object (bytes: JSON is
     *     UTF-8 whatever a charset parameter says, RFC 8259)
     * @param inputType the record a {@code PUT} of the resource takes
     * @param current the resource as a {@code GET} serves it
     * @param update the {@code PUT}'s update, given the patched input
     */
    @Transactional
    public <I, V> Versioned<V> patch(
            byte[] body, Class<I> inputType, Supplier<Versioned<V>> current, Function<I, Versioned<V>> update) {
        JsonNode patch = parse(body);
        JsonNode patched = MergePatch.apply(mapper.valueToTree(current.get().view()), patch);
        I input;
        try {
            input = mapper.treeToValue(patched, inputType);
        } catch (JsonProcessingException e) {
            throw jsonProblem(e);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("The patched representation is not a valid input");
        }
        return update.apply(valid.check(input));
    }

    private JsonNode parse(byte[] body) {
        JsonNode patch;
        try {
            patch = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (java.io.IOException e) {
            throw DomainException.badRequest("The request body is not valid JSON");
        }
        if (patch == null || !patch.isObject()) {
            throw DomainException.badRequest(
                    "A merge patch must be a JSON object (RFC 7396): the fields to change, null to remove one");
        }
        return patch;
    }

    /** Rethrown so that the problem mappers name the field, as for a body sent with PUT. */
    private static RuntimeException jsonProblem(JsonProcessingException e) {
        return new PatchedInputException(e);
    }

    /** Carries a mapping error of the patched representation to the problem mappers. */
    public static final class PatchedInputException extends RuntimeException {
        private final JsonProcessingException json;

        PatchedInputException(JsonProcessingException json) {
            super(json.getOriginalMessage(), null, false, false);
            this.json = json;
        }

        public JsonProcessingException json() {
            return json;
        }
    }
}
