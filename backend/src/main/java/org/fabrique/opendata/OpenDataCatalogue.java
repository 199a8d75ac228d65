package org.fabrique.opendata;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the open data are: the downloads, the files of the archive and their columns, the licence. */
@Schema(name = "OpenDataCatalogue")
public record OpenDataCatalogue(
        @Schema(examples = "Fabrique — open data") String title,
        String description,
        Licence licence,

        @Schema(description = "When the data were read from the database (the export is rebuilt after any change)")
        OffsetDateTime generatedAt,

        @Schema(description = "The latest updated_at of the exported records", nullable = true)
        OffsetDateTime lastUpdatedAt,

        List<Download> downloads,

        @Schema(description = "The CSV files of the archive")
        List<DataFile> files) {

    @Schema(name = "OpenDataLicence")
    public record Licence(
            @Schema(examples = "Licence Ouverte / Open Licence 2.0")
            String name,

            @Schema(examples = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")
            String url,

            @Schema(examples = "Fabrique") String attribution) {}

    @Schema(name = "OpenDataDownload")
    public record Download(
            @Schema(examples = "archive") String name,
            @Schema(examples = "application/zip") String mediaType,

            @Schema(examples = "https://api.example.org/api/v1/open-data/fabrique.zip")
            String url,

            String description) {}

    @Schema(name = "OpenDataFile")
    public record DataFile(
            @Schema(examples = "coalitions.csv") String file,
            String description,
            @Schema(examples = "12") long rows,
            List<DataColumn> columns) {}

    @Schema(name = "OpenDataColumn")
    public record DataColumn(
            @Schema(examples = "slug") String name,
            @Schema(examples = "string") String type,
            String description) {}
}
