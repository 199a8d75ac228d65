package org.fabrique.event;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.ThreadLocalRandom;
import org.fabrique.actor.Actor;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorRepository;
import org.fabrique.actor.Person;
import org.fabrique.actor.PersonRepository;
import org.fabrique.axis.Axis;
import org.fabrique.axis.AxisRepository;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.CoalitionRepository;
import org.fabrique.coalition.Stage;
import org.fabrique.support.TestData;
import org.fabrique.territory.Territory;
import org.fabrique.territory.TerritoryKind;
import org.fabrique.territory.TerritoryRepository;

/**
 * Test data of features that have no write API on this branch yet, persisted directly in a
 * transaction of its own. Each call makes a new record with a unique slug and returns the slug.
 */
public final class Fixtures {
    private Fixtures() {}

    public static String actor(String name) {
        String slug = TestData.unique("actor");
        QuarkusTransaction.requiringNew().run(() -> {
            Actor actor = new Actor(slug);
            actor.setName(name);
            actor.setKind(ActorKind.ASSOCIATION);
            bean(ActorRepository.class).persist(actor);
        });
        return slug;
    }

    public static String person(String fullName, String actorSlug) {
        String slug = TestData.unique("person");
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = new Person(slug);
            person.setFullName(fullName);
            person.setRoleTitle("Speaker");
            if (actorSlug != null) {
                person.setActorId(bean(ActorRepository.class)
                        .findBySlug(actorSlug)
                        .orElseThrow()
                        .getId());
            }
            bean(PersonRepository.class).persist(person);
        });
        return slug;
    }

    public static String territory(String name, String parentSlug) {
        String slug = TestData.unique("territory");
        QuarkusTransaction.requiringNew().run(() -> {
            Territory territory = new Territory(slug);
            territory.setName(name);
            territory.setKind(parentSlug == null ? TerritoryKind.REGION : TerritoryKind.METROPOLIS);
            if (parentSlug != null) {
                territory.setParentId(bean(TerritoryRepository.class)
                        .findBySlug(parentSlug)
                        .orElseThrow()
                        .getId());
            }
            bean(TerritoryRepository.class).persist(territory);
        });
        return slug;
    }

    public static String coalition(String title) {
        String slug = TestData.unique("coalition");
        int number = ThreadLocalRandom.current().nextInt(1_000, 1_000_000_000);
        QuarkusTransaction.requiringNew().run(() -> {
            Coalition coalition = new Coalition(number, slug);
            coalition.setTitle(title);
            coalition.setStage(Stage.FORMING);
            bean(CoalitionRepository.class).persist(coalition);
        });
        return slug;
    }

    public static String axis(String name) {
        String slug = TestData.unique("axis");
        QuarkusTransaction.requiringNew().run(() -> {
            Axis axis = new Axis(slug);
            axis.setName(name);
            axis.setColour("#123456");
            axis.setPosition(500);
            bean(AxisRepository.class).persist(axis);
        });
        return slug;
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
