package org.fabrique.opendata;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the exports as a reuser would: the ZIP's entries, each CSV parsed with its header. */
public final class OpenDataExports {
    private OpenDataExports() {}

    /** The text of every entry of the archive, by name, in order. */
    public static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The archive as served now. */
    public static Map<String, String> download() {
        return unzip(given().get("/api/v1/open-data/fabrique.zip")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    }

    /** A CSV parsed with its header row (RFC 4180, strict). */
    public static Csv parse(String text) {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(text),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parsed CSV file. */
    public record Csv(List<String> header, List<CSVRecord> records) {
        public List<String> column(String name) {
            return records.stream().map(r -> r.get(name)).toList();
        }
    }
}
