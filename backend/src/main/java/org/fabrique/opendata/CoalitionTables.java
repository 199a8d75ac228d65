package org.fabrique.opendata;

import java.util.List;
import org.fabrique.coalition.CoalitionExport;

/** The coalition tables of the export: coalitions, their problems, impacts, members, declensions. */
final class CoalitionTables {
    private static final String COALITION = "coalition";
    private static final String COALITION_TEXT = "coalitions.csv slug";

    private CoalitionTables() {}

    private record Problem(String coalition, CoalitionExport.Problem problem) {}

    private record Impact(String coalition, CoalitionExport.Impact impact) {}

    private record Member(String coalition, CoalitionExport.Member member) {}

    private record Declension(String coalition, CoalitionExport.Declension declension) {}

    static List<OpenDataTable> of(List<CoalitionExport> coalitions) {
        return List.of(
                coalitions(coalitions),
                problems(coalitions.stream()
                        .flatMap(c -> c.problems().stream().map(p -> new Problem(c.slug(), p)))
                        .toList()),
                impacts(coalitions.stream()
                        .flatMap(c -> c.impacts().stream().map(i -> new Impact(c.slug(), i)))
                        .toList()),
                members(coalitions.stream()
                        .flatMap(c -> c.members().stream().map(m -> new Member(c.slug(), m)))
                        .toList()),
                declensions(coalitions.stream()
                        .flatMap(c -> c.territories().stream().map(t -> new Declension(c.slug(), t)))
                        .toList()));
    }

    private static OpenDataTable coalitions(List<CoalitionExport> all) {
        return OpenDataTable.<CoalitionExport>of("coalitions.csv", "Coalitions and their canvas")
                .column("number", "integer", "number of the coalition (#3)", CoalitionExport::number)
                .column("slug", "string", "identifier of the coalition", CoalitionExport::slug)
                .column("title", "string", "title", CoalitionExport::title)
                .column("summary", "text", "summary", CoalitionExport::summary)
                .column("intention", "text", "the transformative intention", CoalitionExport::intention)
                .column("vision", "text", "vision", CoalitionExport::vision)
                .column(
                        "stage",
                        "enum",
                        "EMERGING, FORMING, COMMITTED, ACTING, AUTONOMOUS or DISSEMINATED",
                        CoalitionExport::stage)
                .column("axes", "list", "axes.csv slugs, separated by |", CoalitionExport::axes)
                .column("keywords", "list", "keywords, separated by |", CoalitionExport::keywords)
                .column("parent", "slug", "coalitions.csv slug of the parent coalition", CoalitionExport::parent)
                .column("sample", "boolean", "true when the record is sample data", CoalitionExport::sample)
                .column("created_at", "datetime", "creation", CoalitionExport::createdAt)
                .column("updated_at", "datetime", "last change", CoalitionExport::updatedAt)
                .rows(all);
    }

    private static OpenDataTable problems(List<Problem> all) {
        return OpenDataTable.<Problem>of(
                        "coalition_problems.csv", "Problems the coalitions face, and the allies sought")
                .column(COALITION, "slug", COALITION_TEXT, Problem::coalition)
                .column("title", "string", "the problem", p -> p.problem().title())
                .column("description", "text", "description", p -> p.problem().description())
                .column(
                        "ally_kinds",
                        "list",
                        "kinds of allies sought, separated by |",
                        p -> p.problem().allyKinds())
                .column(
                        "actors",
                        "list",
                        "actors.csv slugs of those who joined on it",
                        p -> p.problem().actors())
                .rows(all);
    }

    private static OpenDataTable impacts(List<Impact> all) {
        return OpenDataTable.<Impact>of("coalition_impacts.csv", "Desired impacts and their latest measure")
                .column(COALITION, "slug", COALITION_TEXT, Impact::coalition)
                .column("title", "string", "the impact", i -> i.impact().title())
                .column("indicator", "string", "indicator", i -> i.impact().indicator())
                .column("unit", "string", "unit", i -> i.impact().unit())
                .column(
                        "baseline",
                        "decimal",
                        "value at the start",
                        i -> i.impact().baseline())
                .column("target", "decimal", "value aimed at", i -> i.impact().target())
                .column(
                        "target_date",
                        "date",
                        "when the target should be reached",
                        i -> i.impact().targetDate())
                .column(
                        "latest_value",
                        "decimal",
                        "the most recent measure",
                        i -> i.impact().latestValue())
                .rows(all);
    }

    private static OpenDataTable members(List<Member> all) {
        return OpenDataTable.<Member>of("memberships.csv", "Confirmed memberships of actors in coalitions")
                .column(COALITION, "slug", COALITION_TEXT, Member::coalition)
                .column("actor", "slug", "actors.csv slug", m -> m.member().actor())
                .column(
                        "role",
                        "enum",
                        "PILOT, CONTRIBUTOR, ALLY or FUNDER",
                        m -> m.member().role())
                .column(
                        "commitment",
                        "text",
                        "the commitment the actor can hold",
                        m -> m.member().commitment())
                .column(
                        "since",
                        "datetime",
                        "when the membership was recorded",
                        m -> m.member().since())
                .rows(all);
    }

    private static OpenDataTable declensions(List<Declension> all) {
        return OpenDataTable.<Declension>of("territorial_coalitions.csv", "Territorial declensions of the coalitions")
                .column(COALITION, "slug", COALITION_TEXT, Declension::coalition)
                .column(
                        "territory",
                        "slug",
                        "territories.csv slug",
                        d -> d.declension().territory())
                .column(
                        "positioning",
                        "enum",
                        "PILOT or CONTRIBUTOR",
                        d -> d.declension().positioning())
                .column(
                        "priority",
                        "boolean",
                        "a priority of the territory",
                        d -> d.declension().priority())
                .column(
                        "status",
                        "enum",
                        "IDENTIFIED, PARTNERS_SOUGHT, COMMITMENTS_SET or ACTIVE",
                        d -> d.declension().status())
                .column(
                        "commitments",
                        "text",
                        "commitments",
                        d -> d.declension().commitments())
                .column(
                        "sample",
                        "boolean",
                        "true when the record is sample data",
                        d -> d.declension().sample())
                .rows(all);
    }
}
