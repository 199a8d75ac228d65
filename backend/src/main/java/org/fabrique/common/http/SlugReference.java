package org.fabrique.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reference to another resource in a request body, read the way a partner finds it in the
 * resource it read: the slug itself ({@code "environnement"}), or an object that carries it
 * ({@code {"slug": "environnement", "name": "…", "colour": "…"}}: an axis, territory, actor, person,
 * coalition or event as a {@code GET} shows it; only {@code slug} counts). So a representation read
 * with {@code GET} can be sent back with {@code PUT} unchanged, and a merge patch applies to it.
 * The contract's {@code SlugReference} schema is written by {@code common/openapi/ContractFilter}.
 */
@Schema(name = "SlugReference", description = "A slug, or an object with the slug (as read)")
public final class SlugReference {
    private SlugReference() {}

    /** Reads a slug, or the {@code slug} member of an object; null stays null. */
    public static final class Deserializer extends StdDeserializer<String> {
        public Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                JsonNode object = p.readValueAsTree();
                JsonNode slug = object.get("slug");
                if (slug == null || slug.isNull()) {
                    return null;
                }
                if (!slug.isTextual()) {
                    return (String) ctxt.handleUnexpectedToken(String.class, JsonToken.START_OBJECT, p, "slug");
                }
                return slug.textValue();
            }
            if (p.currentToken().isScalarValue()) {
                return p.getValueAsString();
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }
}
