package org.fabrique.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape the backend keeps (issue "Reshape the backend"): services that hold rules, not
 * everything (at most 300 lines), typed rows rather than {@code Object[]}, and one validation path
 * ({@code @Valid} on resources, no validator called by hand).
 */
class CodeShapeTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_SERVICE_LINES = 300;

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noServiceIsOver300Lines() throws IOException {
        List<String> tooLong = sources().stream()
                .filter(p -> p.getFileName().toString().endsWith("Service.java"))
                .filter(p -> lines(p).size() > MAX_SERVICE_LINES)
                .map(p -> p + " (" + lines(p).size() + " lines)")
                .toList();
        assertEquals(List.of(), tooLong);
    }

    @Test
    void queriesReadTypedRows_notObjectArrays() throws IOException {
        assertEquals(List.of(), linesContaining("Object[]"));
    }

    @Test
    void inputsAreValidatedOnce_byValidOnResources() throws IOException {
        assertEquals(List.of(), linesContaining("validator.valid"));
        assertEquals(List.of(), linesContaining("validator.validate("));
    }

    private static List<String> linesContaining(String text) throws IOException {
        return sources().stream()
                .flatMap(p -> {
                    List<String> lines = lines(p);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> lines.get(i).contains(text))
                            .mapToObj(i -> p + ":" + (i + 1));
                })
                .toList();
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
