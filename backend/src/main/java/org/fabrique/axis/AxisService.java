package org.fabrique.axis;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.cache.CacheDependency;
import org.fabrique.common.cache.ChangeFeed;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.TranslationInput;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.TranslationsView;
import org.fabrique.common.paging.UpdatedSince;
import org.fabrique.common.persistence.SlugCatalogue;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AxisService {
    public static final int CLOUD_SIZE = 40;
    private static final SlugCatalogue<Axis> AXES = new SlugCatalogue<>(Axis.class, "axis");

    /** The axes with their keyword clouds, emptied when an axis or a coalition changes. */
    static final String CACHE = "axes";

    private final AxisRepository repository;
    private final AxisMapper mapper;
    private final ChangeFeed changes;
    private final Cache cache;
    private final Translations translations;

    public AxisService(
            AxisRepository repository,
            AxisMapper mapper,
            ChangeFeed changes,
            @CacheName(CACHE) Cache cache,
            Translations translations) {
        this.translations = translations;
        this.repository = repository;
        this.mapper = mapper;
        this.changes = changes;
        this.cache = cache;
    }

    @Produces
    @Singleton
    static CacheDependency cache() {
        // The clouds and counts come from the coalitions' axes and keywords (AxisKeywords).
        return new CacheDependency(CACHE, Set.of("axis", "coalition", "coalition_axis", "coalition_keyword"));
    }

    public List<AxisView> list() {
        return List.copyOf(localizedViews(listById()).values());
    }

    /** The kind of record of axes' translations. */
    public static final String KIND = "axis";

    /** Axes with their texts in the reader's language (the cache holds the originals). */
    public Map<Long, AxisView> localizedViews(Map<Long, AxisView> views) {
        Map<Long, Localized> texts = translations.localize(KIND, sources(views));
        Map<Long, AxisView> shown = new LinkedHashMap<>();
        views.forEach((id, v) -> shown.put(id, v.shown(texts.get(id))));
        return shown;
    }

    /** Summaries of axes with their names in the reader's language. */
    public Map<Long, AxisSummary> localized(Map<Long, AxisSummary> summaries) {
        Map<Long, Translations.Source> sources = new LinkedHashMap<>();
        summaries.forEach(
                (id, s) -> sources.put(id, Translations.Source.of(s.languages().original(), "name", s.name())));
        Map<Long, Localized> texts = translations.localize(KIND, sources);
        Map<Long, AxisSummary> shown = new LinkedHashMap<>();
        summaries.forEach((id, s) -> shown.put(
                id,
                new AxisSummary(
                        s.slug(),
                        texts.get(id).text("name"),
                        s.colour(),
                        texts.get(id).languages())));
        return shown;
    }

    private static Map<Long, Translations.Source> sources(Map<Long, AxisView> views) {
        Map<Long, Translations.Source> sources = new LinkedHashMap<>();
        views.forEach((id, v) -> sources.put(
                id,
                Translations.Source.of(v.languages().original(), "name", v.name(), "description", v.description())));
        return sources;
    }

    /** The originals and translations of an axis's texts. */
    public TranslationsView translations(String slug) {
        Axis axis = AXES.load(slug);
        return translations.view(KIND, axis.getId(), source(axis));
    }

    @Transactional
    public TranslationsView translate(String slug, String lang, TranslationInput input) {
        Axis axis = AXES.load(slug);
        return translations.translate(KIND, axis, source(axis), lang, input);
    }

    @Transactional
    public void deleteTranslation(String slug, String lang) {
        translations.deleteTranslation(KIND, AXES.load(slug), lang);
    }

    private static Translations.Source source(Axis axis) {
        return Translations.Source.of(axis.getLang(), "name", axis.getName(), "description", axis.getDescription());
    }

    /** The axes updated since an instant, in (updatedAt, id) order; every axis when it is null. */
    public List<AxisView> list(UpdatedSince since) {
        if (since == null) {
            return list();
        }
        Map<Long, AxisView> views = listById();
        return repository.listOrdered().stream()
                .filter(axis -> since.admits(axis.stamp()))
                .sorted(Comparator.comparing((Axis axis) -> axis.getUpdatedAt()).thenComparing(Axis::getId))
                .map(axis -> views.get(axis.getId()))
                .filter(Objects::nonNull)
                .map(v -> localizedViews(Map.of(0L, v)).get(0L))
                .toList();
    }

    /**
     * Every axis in panorama order, keyed by id (for read models that join other features), with
     * its keyword cloud: computed from the coalitions' keywords once, then served from the cache
     * until an axis or a coalition changes.
     */
    public Map<Long, AxisView> listById() {
        return changes.read(cache, "all", this::computeListById);
    }

    private Map<Long, AxisView> computeListById() {
        return Collections.unmodifiableMap(mapper.views(repository.listOrdered()));
    }

    public Optional<AxisView> find(String slug) {
        return listById().values().stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    /** One axis with its cloud, read from the database (with the version its ETag names). */
    public Versioned<AxisView> get(String slug) {
        Versioned<AxisView> axis = versioned(AXES.load(slug));
        return new Versioned<>(localizedViews(Map.of(0L, axis.view())).get(0L), axis.version());
    }

    /** Summaries of the given axes, for other features to embed (from the cached axes). */
    public Map<Long, AxisSummary> summaries(Collection<Long> ids) {
        Map<Long, AxisSummary> all = localized(summariesById());
        Map<Long, AxisSummary> wanted = new LinkedHashMap<>();
        for (Long id : ids) {
            AxisSummary summary = all.get(id);
            if (summary != null) {
                wanted.put(id, summary);
            }
        }
        return wanted;
    }

    public List<AxisSummary> summariesOrdered() {
        return List.copyOf(localized(summariesById()).values());
    }

    /** Every axis's summary in panorama order, keyed by id (from the cached axes). */
    public Map<Long, AxisSummary> summariesById() {
        Map<Long, AxisSummary> summaries = new LinkedHashMap<>();
        listById().forEach((id, a) -> summaries.put(id, a.summary()));
        return summaries;
    }

    /** Resolves slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return AXES.idsBySlug(slugs, field);
    }

    /** The id of an axis used as a filter, or empty when no axis has that slug. */
    public Optional<Long> idOf(String slug) {
        return listById().entrySet().stream()
                .filter(e -> e.getValue().slug().equals(slug))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Transactional
    public Versioned<AxisView> create(AxisInput input) {
        return versioned(AXES.create(input.slug(), input.name(), Axis::new, axis -> apply(axis, input)));
    }

    @Transactional
    public Versioned<AxisView> update(String slug, AxisInput input, String ifMatch) {
        return versioned(AXES.update(slug, input.slug(), ifMatch, axis -> apply(axis, input)));
    }

    @Transactional
    public void delete(String slug) {
        AXES.delete(slug);
    }

    private static void apply(Axis axis, AxisInput input) {
        axis.setName(input.name().trim());
        axis.setDescription(input.description());
        axis.setColour(input.colour().toLowerCase());
        axis.setPosition(input.position());
        axis.setSample(Boolean.TRUE.equals(input.sample()));
    }

    private Versioned<AxisView> versioned(Axis axis) {
        return new Versioned<>(mapper.view(axis), axis.getVersion());
    }
}
