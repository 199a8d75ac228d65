package org.fabrique.common.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers depend on Accept-Language (texts of content, problem details): every answer says so, so
 * that a shared cache keeps one copy per language.
 */
public class LanguageVary {
    @ServerResponseFilter
    public void vary(ContainerRequestContext request, ContainerResponseContext response) {
        String vary = response.getHeaderString(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        } else if (!vary.contains("*") && !vary.toLowerCase().contains("accept-language")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
