package org.fabrique.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ZIP of the export: one UTF-8 CSV file per table (RFC 4180: commas, double quotes,
 * CRLF, a header row), {@code dictionary.csv} (file, column, type, description), {@code README.md}
 * and {@code LICENCE.md} (Licence Ouverte / Open Licence 2.0).
 */
final class OpenDataArchive {
    static final String DICTIONARY = "dictionary.csv";
    static final String README = "README.md";
    static final String LICENCE = "LICENCE.md";
    static final String LICENCE_NAME = "Licence Ouverte / Open Licence 2.0";
    static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    private OpenDataArchive() {}

    static byte[] zip(List<OpenDataTable> tables, OffsetDateTime generatedAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FileTime time = FileTime.from(generatedAt.toInstant());
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, README, time, readme(tables, generatedAt));
            entry(zip, LICENCE, time, licence(generatedAt));
            entry(zip, DICTIONARY, time, csv(dictionaryHeader(), dictionaryRows(tables)));
            for (OpenDataTable table : tables) {
                entry(
                        zip,
                        table.file(),
                        time,
                        csv(
                                table.columns().stream()
                                        .map(OpenDataTable.Column::name)
                                        .toList(),
                                table.rows()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<String> dictionaryHeader() {
        return List.of("file", "column", "type", "description");
    }

    static List<List<String>> dictionaryRows(List<OpenDataTable> tables) {
        return tables.stream()
                .flatMap(t -> t.columns().stream().map(c -> List.of(t.file(), c.name(), c.type(), c.description())))
                .toList();
    }

    /** RFC 4180 text of a header and rows. */
    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream zip, String name, FileTime time, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write(text);
        writer.flush();
        zip.closeEntry();
    }

    private static String readme(List<OpenDataTable> tables, OffsetDateTime generatedAt) {
        StringBuilder out = new StringBuilder();
        out.append("# Fabrique — open data\n\n")
                .append("The public data of Fabrique, the platform of the #Reset coalition programme: coalitions,\n")
                .append("thematic axes, territories, actors, events, published notes, testimonies and the toolbox.\n\n")
                .append("Generated at ")
                .append(generatedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" from the live database; every download is current (the export is rebuilt\n")
                .append("after any change).\n\n")
                .append("## Files\n\n")
                .append("Each file is UTF-8 CSV (RFC 4180: comma-separated, fields quoted with double quotes when\n")
                .append("needed, CRLF line ends, one header row). `dictionary.csv` describes every column.\n\n");
        for (OpenDataTable table : tables) {
            out.append("- `")
                    .append(table.file())
                    .append("`: ")
                    .append(table.description())
                    .append(" (")
                    .append(table.rows().size())
                    .append(" rows)\n");
        }
        out.append("\n## How the files join\n\n")
                .append("Records are named by their `slug` (testimonies and sessions by `id`). A column of type\n")
                .append("`slug` holds the slug of a record of the file the dictionary names (for example\n")
                .append("`memberships.csv` `actor` → `actors.csv` `slug`); a column of type `list` holds several,\n")
                .append("separated by `")
                .append(OpenDataTable.SEPARATOR)
                .append("`. Times are ISO-8601 with their offset; an empty cell is an absent value.\n\n")
                .append("## What is not here\n\n")
                .append("No personal data beyond what the public pages show: no e-mail address, no account, no\n")
                .append("comment or suggestion, no draft note, no membership that is not confirmed.\n\n")
                .append("## Licence\n\n")
                .append(LICENCE_NAME)
                .append(" (Etalab), see `LICENCE.md`. Attribution: \"Fabrique\".\n");
        return out.toString();
    }

    private static String licence(OffsetDateTime generatedAt) {
        return "# " + LICENCE_NAME + "\n\n"
                + "These data are made available under the Licence Ouverte / Open Licence version 2.0 of\n"
                + "Etalab: " + LICENCE_URL + "\n\n"
                + "You are free to reuse the information — reproduce, copy, publish and transmit it; disseminate\n"
                + "and redistribute it; adapt, modify, extract and transform it to create derived information;\n"
                + "exploit it commercially — provided you acknowledge its source and the date of its last\n"
                + "update.\n\n"
                + "Attribution: \"Fabrique\", data of " + generatedAt.toLocalDate() + ".\n\n"
                + "The information is made available as it is, without other warranty than those the Licence\n"
                + "names. Personal data are not part of the information made available.\n";
    }
}
