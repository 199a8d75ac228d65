package org.fabrique.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugCatalogue;

/** Local initiatives made visible per territory and coalition. */
@ApplicationScoped
public class LocalInitiativeService
        extends ToolboxCatalogue<LocalInitiative, LocalInitiativeInput, LocalInitiativeView> {
    public static final Set<String> SORTS = Set.of("title", "updatedAt");

    private final LocalInitiativeRepository repository;
    private final ToolboxMapper mapper;
    private final ListTotals totals;

    LocalInitiativeService(
            LocalInitiativeRepository repository, ToolboxMapper mapper, ToolboxLinks links, ListTotals totals) {
        super(new SlugCatalogue<>(LocalInitiative.class, "initiative"), LocalInitiative::new, links);
        this.repository = repository;
        this.mapper = mapper;
        this.totals = totals;
    }

    /** Filters of the list, as slugs; null means "any". */
    public record Criteria(String territory, String coalition, String actor, String title) {}

    /**
     * One page of initiatives; the territory filter includes the territories below it; an unknown
     * slug in a filter gives an empty page.
     */
    public Page<LocalInitiativeView> list(Criteria c, PageRequest request) {
        return page(c.territory(), c.coalition(), c.actor(), new Filter(null, null, null, c.title()), request);
    }

    @Override
    protected ListQuery.Rows<LocalInitiative> page(ToolboxLinks.Scope scope, Filter filter, PageRequest request) {
        return repository.page(scope, filter, request, totals);
    }

    @Override
    protected List<LocalInitiativeView> views(List<LocalInitiative> rows) {
        return mapper.initiatives(rows);
    }

    @Override
    protected String requestedSlug(LocalInitiativeInput input) {
        return input.slug();
    }

    @Override
    protected String title(LocalInitiativeInput input) {
        return input.title();
    }

    @Override
    protected void apply(LocalInitiative i, LocalInitiativeInput input) {
        Long territoryId = links.territoryId(input.territory(), "territory");
        Long coalitionId = links.coalitionId(input.coalition(), "coalition");
        Long actorId = links.ownerId(input.actor(), "actor");
        i.setTitle(input.title().trim());
        i.setDescription(input.description());
        i.setUrl(blankToNull(input.url()));
        i.setTerritoryId(territoryId);
        i.setCoalitionId(coalitionId);
        i.setActorId(actorId);
        i.setSample(Boolean.TRUE.equals(input.sample()));
    }
}
