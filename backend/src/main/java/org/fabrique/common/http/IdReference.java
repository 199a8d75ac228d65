package org.fabrique.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reference by id in a request body (a session of an event): the id itself, or an object that
 * carries it as read ({@code {"id": 12, "title": "…"}}; only {@code id} counts). See
 * {@link SlugReference}.
 */
@Schema(name = "IdReference", description = "An id, or an object with the id (as read)")
public final class IdReference {
    private IdReference() {}

    /** Reads an id, or the {@code id} member of an object; null stays null. */
    public static final class Deserializer extends StdDeserializer<Long> {
        public Deserializer() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                JsonNode object = p.readValueAsTree();
                JsonNode id = object.get("id");
                if (id == null || id.isNull()) {
                    return null;
                }
                if (!id.canConvertToExactIntegral() || !id.canConvertToLong()) {
                    return (Long) ctxt.handleUnexpectedToken(Long.class, JsonToken.START_OBJECT, p, "id");
                }
                return id.longValue();
            }
            return ctxt.readValue(p, Long.class);
        }
    }
}
