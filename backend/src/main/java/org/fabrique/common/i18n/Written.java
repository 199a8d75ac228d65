package org.fabrique.common.i18n;

/**
 * A record whose texts are written in one language (its {@code lang} column): creates and updates
 * through {@link org.fabrique.common.persistence.SlugCatalogue} take it from the request's
 * {@code Content-Language} header when the request names one.
 */
public interface Written {
    String getLang();

    void setLang(String lang);
}
