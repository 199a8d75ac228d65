package org.fabrique.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.fabrique.common.i18n.TranslationInput;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.TranslationsView;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.IdSets;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugCatalogue;

/** Shared resources of the toolbox: guides, toolkits, experience reports, commons. */
@ApplicationScoped
public class SharedResourceService extends ToolboxCatalogue<SharedResource, SharedResourceInput, SharedResourceView> {
    public static final Set<String> SORTS = Set.of("title", "updatedAt");

    private final SharedResourceRepository repository;
    private final ToolboxMapper mapper;
    private final ListTotals totals;
    private final Translations translations;

    SharedResourceService(
            SharedResourceRepository repository,
            ToolboxMapper mapper,
            ToolboxLinks links,
            ListTotals totals,
            Translations translations) {
        super(new SlugCatalogue<>(SharedResource.class, "resource"), SharedResource::new, links);
        this.translations = translations;
        this.repository = repository;
        this.mapper = mapper;
        this.totals = totals;
    }

    /** Filters of the list, as slugs; null means "any". */
    public record Criteria(
            String territory,
            String coalition,
            String axis,
            ResourceKind kind,
            Availability availability,
            String licence,
            String title) {
        /** No filter: every resource. */
        public static final Criteria ANY = new Criteria(null, null, null, null, null, null, null);
    }

    /**
     * One page of resources; the territory filter includes the territories below it; an unknown
     * territory or coalition slug gives an empty page.
     */
    public Page<SharedResourceView> list(Criteria c, PageRequest request) {
        return page(
                new Place(c.territory(), c.coalition(), null, c.axis()),
                new Filter(c.kind(), c.availability(), c.licence(), c.title()),
                request);
    }

    /** The originals and translations of a resource's texts (the endpoint checks ToolboxAccess). */
    public TranslationsView translations(String slug) {
        SharedResource r = catalogue.load(slug);
        return translations.view(ToolboxMapper.RESOURCE_KIND, r.getId(), ToolboxMapper.source(r));
    }

    @Transactional
    public TranslationsView translate(String slug, String lang, TranslationInput input) {
        SharedResource r = catalogue.load(slug);
        return translations.translate(ToolboxMapper.RESOURCE_KIND, r, ToolboxMapper.source(r), lang, input);
    }

    @Transactional
    public void deleteTranslation(String slug, String lang) {
        translations.deleteTranslation(ToolboxMapper.RESOURCE_KIND, catalogue.load(slug), lang);
    }

    @Override
    protected ListQuery.Rows<SharedResource> page(ToolboxLinks.Scope scope, Filter filter, PageRequest request) {
        return repository.page(scope, filter, request, totals);
    }

    @Override
    protected List<SharedResourceView> views(List<SharedResource> rows) {
        return mapper.resources(rows);
    }

    @Override
    protected String requestedSlug(SharedResourceInput input) {
        return input.slug();
    }

    @Override
    protected String title(SharedResourceInput input) {
        return input.title();
    }

    @Override
    protected void apply(SharedResource r, SharedResourceInput input) {
        Long publisherId = links.ownerId(input.publisher(), "publisher");
        Long territoryId = links.territoryId(input.territory(), "territory");
        Set<Long> coalitionIds = links.coalitionIds(input.coalitions(), "coalitions");
        r.setTitle(input.title().trim());
        r.setKind(input.kind());
        r.setDescription(input.description());
        r.setUrl(blankToNull(input.url()));
        r.setLicence(blankToNull(input.licence()));
        r.setAvailability(input.availability());
        r.setPublisherActorId(publisherId);
        r.setTerritoryId(territoryId);
        r.setSample(Boolean.TRUE.equals(input.sample()));
        IdSets.replace(r.getCoalitionIds(), coalitionIds);
    }
}
