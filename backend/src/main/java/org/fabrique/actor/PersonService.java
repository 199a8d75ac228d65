package org.fabrique.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugCatalogue;

/** People who testify, speak or coordinate, linked to the actor they act for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonService {
    private static final SlugCatalogue<Person> PEOPLE = new SlugCatalogue<>(Person.class, "person");
    public static final Set<String> SORTS = Set.of("fullName", "updatedAt");

    private final PersonRepository people;
    private final ActorMapper mapper;
    private final ActorService actorService;
    private final ListTotals totals;

    public PersonService(PersonRepository people, ActorMapper mapper, ActorService actorService, ListTotals totals) {
        this.totals = totals;
        this.people = people;
        this.mapper = mapper;
        this.actorService = actorService;
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
        return Page.of(mapper.persons(result.items()), request, result.total(), result.nextCursor());
    }

    public Versioned<PersonView> get(String slug) {
        return versioned(PEOPLE.load(slug));
    }

    @Transactional
    public Versioned<PersonView> create(PersonInput input) {
        return versioned(PEOPLE.create(input.slug(), input.fullName(), Person::new, e -> apply(e, input)));
    }

    @Transactional
    public Versioned<PersonView> update(String slug, PersonInput input, String ifMatch) {
        return versioned(PEOPLE.update(slug, input.slug(), ifMatch, e -> apply(e, input)));
    }

    @Transactional
    public void delete(String slug) {
        people.delete(PEOPLE.load(slug));
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
