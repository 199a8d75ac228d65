package org.fabrique.toolbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.fabrique.actor.ActorInput;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.fabrique.axis.Axis;
import org.fabrique.axis.AxisRepository;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.CoalitionRepository;
import org.fabrique.coalition.Stage;
import org.fabrique.support.TestData;
import org.fabrique.territory.TerritoryInput;
import org.fabrique.territory.TerritoryKind;
import org.fabrique.territory.TerritoryService;

/** Test data the toolbox tests build on: territories, actors and coalitions with unique slugs. */
@ApplicationScoped
public class ToolboxFixtures {
    private final TerritoryService territories;
    private final ActorService actors;
    private final CoalitionRepository coalitions;
    private final AxisRepository axes;

    public ToolboxFixtures(
            TerritoryService territories, ActorService actors, CoalitionRepository coalitions, AxisRepository axes) {
        this.territories = territories;
        this.actors = actors;
        this.coalitions = coalitions;
        this.axes = axes;
    }

    public String territory(TerritoryKind kind, String parent) {
        String slug = TestData.unique("terr");
        territories.create(new TerritoryInput(slug, "Territory " + slug, kind, null, parent, null, null));
        return slug;
    }

    public String actor() {
        String slug = TestData.unique("actor");
        actors.create(
                new ActorInput(slug, "Actor " + slug, ActorKind.ASSOCIATION, null, null, null, null, List.of(), null));
        return slug;
    }

    /** A coalition persisted directly (the coalition feature's writes are not ours to call). */
    public String coalition() {
        return coalition(null);
    }

    /** A new axis (persisted directly) and its slug. */
    public String axis() {
        String slug = TestData.unique("axis");
        QuarkusTransaction.requiringNew().run(() -> {
            Axis axis = new Axis(slug);
            axis.setName("Axis " + slug);
            axis.setColour("#123456");
            axis.setPosition(90);
            axes.persist(axis);
        });
        return slug;
    }

    /** A coalition persisted directly under the axis of that slug (none when null). */
    public String coalition(String axisSlug) {
        String slug = TestData.unique("coal");
        int number = ThreadLocalRandom.current().nextInt(100_000, 2_000_000_000);
        QuarkusTransaction.requiringNew().run(() -> {
            Coalition c = new Coalition(number, slug);
            c.setTitle("Coalition " + slug);
            c.setStage(Stage.FORMING);
            if (axisSlug != null) {
                c.getAxisIds().add(axes.findBySlug(axisSlug).orElseThrow().getId());
            }
            coalitions.persist(c);
        });
        return slug;
    }
}
