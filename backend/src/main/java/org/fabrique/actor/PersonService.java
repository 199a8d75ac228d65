package org.fabrique.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.text.Slugs;

/** People who testify, speak or coordinate, linked to the actor they act for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonService {
    public static final Set<String> SORTS = Set.of("fullName", "updatedAt");

    private final PersonRepository people;
    private final ActorMapper mapper;
    private final ActorService actorService;
    private final EntityTags tags;
    private final ListTotals totals;

    public PersonService(
            PersonRepository people,
            ActorMapper mapper,
            ActorService actorService,
            EntityTags tags,
            ListTotals totals) {
        this.totals = totals;
        this.people = people;
        this.mapper = mapper;
        this.actorService = actorService;
        this.tags = tags;
    }

    /** One page of people (count, rows, actor summaries); an unknown actor slug gives an empty page. */
    public Page<PersonView> list(String actorSlug, String q, PageRequest request) {
        Long actorId = null;
        if (actorSlug != null) {
            Optional<Long> found = actorService.idOf(actorSlug);
            if (found.isEmpty()) {
                return Page.of(List.of(), request, 0);
            }
            actorId = found.get();
        }
        ListQuery.Rows<Person> result = people.page(actorId, q, request, totals);
        return Page.of(mapper.persons(result.items()), request, result.total());
    }

    public Versioned<PersonView> get(String slug) {
        return versioned(load(slug));
    }

    @Transactional
    public Versioned<PersonView> create(PersonInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.fullName(), 120);
        checkSlugFree(slug);
        Person person = new Person(slug);
        apply(person, input);
        people.persist(person);
        people.flush();
        return versioned(person);
    }

    @Transactional
    public Versioned<PersonView> update(String slug, PersonInput input, String ifMatch) {
        Person person = load(slug);
        tags.checkIfMatch(ifMatch, person.getVersion());
        if (input.slug() != null && !input.slug().equals(slug)) {
            checkSlugFree(input.slug());
            person.setSlug(input.slug());
        }
        apply(person, input);
        people.flush();
        return versioned(person);
    }

    @Transactional
    public void delete(String slug) {
        people.delete(load(slug));
    }

    private Person load(String slug) {
        return people.findBySlug(slug).orElseThrow(() -> DomainException.notFound("person", slug));
    }

    private void checkSlugFree(String slug) {
        if (people.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("A person with slug '" + slug + "' already exists");
        }
    }

    private void apply(Person person, PersonInput input) {
        Long actorId = input.actor() == null
                ? null
                : actorService.idsBySlug(List.of(input.actor()), "actor").get(input.actor());
        person.setFullName(input.fullName().trim());
        person.setRoleTitle(input.roleTitle());
        person.setBio(input.bio());
        person.setActorId(actorId);
        person.setSample(Boolean.TRUE.equals(input.sample()));
    }

    private Versioned<PersonView> versioned(Person person) {
        return new Versioned<>(mapper.person(person), person.getVersion());
    }
}
