package org.fabrique.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.sql.SQLException;
import org.fabrique.common.error.ProblemMappers;
import org.junit.jupiter.api.Test;

/** A database out of reach is a 503 with Retry-After however deep the framework wrapped it. */
class ProblemMappersUnavailableTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aPoolTimeoutWrappedInATransactionFailure_isA503() {
        var wrapped = new QuarkusTransactionException(new SQLException("Sorry, acquisition timeout!"));
        var response = mappers.unexpected(new RuntimeException(wrapped), null, null);
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
    }

    @Test
    void aLostConnection_isA503() {
        var response = mappers.unexpected(new IllegalStateException(new SQLException("gone", "08006")), null, null);
        assertEquals(503, response.getStatus());
    }

    @Test
    void anyOtherFailure_staysA500WithoutDetails() {
        var response = mappers.unexpected(new IllegalStateException(new SQLException("syntax", "42601")), null, null);
        assertEquals(500, response.getStatus());
        assertFalse(String.valueOf(response.getEntity()).contains("syntax"));
    }
}
