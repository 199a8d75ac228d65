package org.fabrique.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The local run uses H2 in PostgreSQL mode: every migration must run there too. (./test.sh also
 * boots the packaged local build on H2 and reads the demo panorama from it.)
 */
class H2MigrationTest {
    private static final String URL =
            "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void everyMigrationRunsOnH2() throws Exception {
        Flyway flyway = Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        assertTrue(result.success);
        assertEquals(0, flyway.info().pending().length);

        Set<String> tables = new HashSet<>();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertTrue(
                tables.containsAll(Set.of(
                        "axis",
                        "coalition",
                        "coalition_axis",
                        "membership",
                        "territorial_coalition",
                        "event",
                        "event_session",
                        "note",
                        "testimony",
                        "shared_resource",
                        "local_initiative")),
                "tables on H2: " + tables);
    }
}
