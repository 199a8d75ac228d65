package org.fabrique.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MergePatch} against every example of RFC 7396, appendix A (target | patch | result). */
class MergePatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"a\":\"b\"}                | {\"a\":\"c\"}               | {\"a\":\"c\"}",
                "{\"a\":\"b\"}                | {\"b\":\"c\"}               | {\"a\":\"b\",\"b\":\"c\"}",
                "{\"a\":\"b\"}                | {\"a\":null}                | {}",
                "{\"a\":\"b\",\"b\":\"c\"}    | {\"a\":null}                | {\"b\":\"c\"}",
                "{\"a\":[\"b\"]}              | {\"a\":\"c\"}               | {\"a\":\"c\"}",
                "{\"a\":\"c\"}                | {\"a\":[\"b\"]}             | {\"a\":[\"b\"]}",
                "{\"a\":{\"b\":\"c\"}}        | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
                "{\"a\":[{\"b\":\"c\"}]}      | {\"a\":[1]}                 | {\"a\":[1]}",
                "[\"a\",\"b\"]                | [\"c\",\"d\"]               | [\"c\",\"d\"]",
                "{\"a\":\"b\"}                | [\"c\"]                     | [\"c\"]",
                "{\"a\":\"foo\"}              | null                        | null",
                "{\"a\":\"foo\"}              | \"bar\"                     | \"bar\"",
                "{\"e\":null}                 | {\"a\":1}                   | {\"e\":null,\"a\":1}",
                "[1,2]                        | {\"a\":\"b\",\"c\":null}    | {\"a\":\"b\"}",
                "{}                           | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
            })
    void appliesTheExamplesOfRfc7396(String target, String patch, String result) throws Exception {
        JsonNode before = JSON.readTree(target);
        String copy = before.toString();
        assertEquals(JSON.readTree(result), MergePatch.apply(before, JSON.readTree(patch)));
        assertEquals(copy, before.toString(), "the target is not changed");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The RFC's section 3 example: nested merge, removal, array replacement, addition.
                "{\"title\":\"Goodbye!\",\"author\":{\"givenName\":\"John\",\"familyName\":\"Doe\"},"
                        + "\"tags\":[\"example\",\"sample\"],\"content\":\"This will be unchanged\"}"
                        + " | {\"title\":\"Hello!\",\"phoneNumber\":\"+01-123-456-7890\","
                        + "\"author\":{\"familyName\":null},\"tags\":[\"example\"]}"
                        + " | {\"title\":\"Hello!\",\"author\":{\"givenName\":\"John\"},\"tags\":[\"example\"],"
                        + "\"content\":\"This will be unchanged\",\"phoneNumber\":\"+01-123-456-7890\"}"
            })
    void appliesTheExampleOfSection3(String target, String patch, String result) throws Exception {
        assertEquals(JSON.readTree(result), MergePatch.apply(JSON.readTree(target), JSON.readTree(patch)));
    }
}
