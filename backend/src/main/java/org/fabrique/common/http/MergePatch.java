package org.fabrique.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396) on Jackson trees: the algorithm of the RFC's section 2, word for
 * word. A patch that is an object merges into the target (a member set to null removes it, an
 * object member merges recursively, anything else replaces); any other patch (an array, a string,
 * null…) replaces the target whole. Jackson rather than Jakarta JSON-P's {@code createMergePatch}
 * (Parsson is on the classpath, but only transitively): the views, the input records and the
 * problem mappers are Jackson, and a trip through JSON-P would add two conversions.
 */
public final class MergePatch {
    /** The media type of a merge patch document. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    /** The target with the patch applied; neither argument is changed. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch == null ? null : patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
