package org.fabrique.toolbox;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugCatalogue;
import org.fabrique.common.persistence.Slugged;

/**
 * What shared resources and local initiatives do alike: a page filtered by territory (those below
 * it included), coalition and actor, the toolbox of one territory, and the slugged writes. Each
 * kind says how it queries, applies an input and maps its rows.
 *
 * @param <E> the entity
 * @param <I> the input of a write
 * @param <V> the view
 */
@Transactional(Transactional.TxType.SUPPORTS)
abstract class ToolboxCatalogue<E extends Slugged, I, V> {
    protected SlugCatalogue<E> catalogue;
    private Function<String, E> factory;
    protected ToolboxLinks links;

    /** For the client proxies of the normal-scoped subclasses. */
    protected ToolboxCatalogue() {}

    protected ToolboxCatalogue(SlugCatalogue<E> catalogue, Function<String, E> factory, ToolboxLinks links) {
        this.catalogue = catalogue;
        this.factory = factory;
        this.links = links;
    }

    /** One page of rows within the scope, and the total. */
    protected abstract ListQuery.Rows<E> page(ToolboxLinks.Scope scope, Filter filter, PageRequest request);

    protected abstract List<V> views(List<E> rows);

    protected abstract void apply(E entity, I input);

    protected abstract String requestedSlug(I input);

    protected abstract String title(I input);

    /** What a list filters on besides its scope; null members mean "any". */
    record Filter(ResourceKind kind, Availability availability, String licence, String text) {
        static final Filter NONE = new Filter(null, null, null, null);
    }

    /** Where a list looks, as slugs; null members mean "anywhere". */
    record Place(String territory, String coalition, String actor, String axis) {}

    /** One page within the filters; a filter naming an unknown slug gives an empty page. */
    protected Page<V> page(String territory, String coalition, String actor, Filter filter, PageRequest request) {
        return page(new Place(territory, coalition, actor, null), filter, request);
    }

    /** One page within the place and filters; a place naming an unknown slug gives an empty page. */
    protected Page<V> page(Place place, Filter filter, PageRequest request) {
        Optional<ToolboxLinks.Scope> scope =
                links.scope(place.territory(), place.coalition(), place.actor(), place.axis());
        if (scope.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        ListQuery.Rows<E> rows = page(scope.get(), filter, request);
        return Page.of(views(rows.items()), request, rows.total(), rows.nextCursor());
    }

    /** The entries of a territory and of the territories below it; 404 for an unknown territory. */
    public Page<V> ofTerritory(String territorySlug, PageRequest request) {
        links.requireTerritory(territorySlug);
        return page(territorySlug, null, null, Filter.NONE, request);
    }

    public Versioned<V> get(String slug) {
        return versioned(catalogue.load(slug));
    }

    @Transactional
    public Versioned<V> create(I input) {
        return versioned(catalogue.create(requestedSlug(input), title(input), factory, e -> apply(e, input)));
    }

    @Transactional
    public Versioned<V> update(String slug, I input, String ifMatch) {
        return versioned(catalogue.update(slug, requestedSlug(input), ifMatch, e -> apply(e, input)));
    }

    @Transactional
    public void delete(String slug) {
        catalogue.delete(slug);
    }

    private Versioned<V> versioned(E entity) {
        return new Versioned<>(views(List.of(entity)).get(0), entity.getVersion());
    }

    /** A trimmed text, or null for a blank one. */
    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
