package org.fabrique.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Maps exchanges and reports to their views, with the territories and coalitions they name. */
@ApplicationScoped
public class ExchangeMapper {
    private final TerritoryService territories;
    private final CoalitionDirectory coalitions;
    private final ExchangeRepository repository;

    ExchangeMapper(TerritoryService territories, CoalitionDirectory coalitions, ExchangeRepository repository) {
        this.territories = territories;
        this.coalitions = coalitions;
        this.repository = repository;
    }

    /** The names an exchange's lists and reports show, read once for all. */
    private record Names(Map<Long, TerritorySummary> territories, Map<Long, CoalitionRef> coalitions) {
        List<TerritorySummary> territoriesOf(Collection<Long> ids) {
            return ids.stream().map(territories::get).filter(Objects::nonNull).toList();
        }

        List<CoalitionRef> coalitionsOf(Collection<Long> ids) {
            return ids.stream()
                    .map(coalitions::get)
                    .filter(Objects::nonNull)
                    .sorted(java.util.Comparator.comparingInt(CoalitionRef::number))
                    .toList();
        }
    }

    private Names names(Collection<Exchange> exchanges, Collection<ExperienceReport> reports) {
        Set<Long> territoryIds = new HashSet<>();
        Set<Long> coalitionIds = new HashSet<>();
        exchanges.forEach(e -> {
            territoryIds.addAll(e.getTerritoryIds());
            coalitionIds.addAll(e.getCoalitionIds());
        });
        reports.forEach(r -> {
            territoryIds.add(r.getTerritoryId());
            if (r.getCoalitionId() != null) {
                coalitionIds.add(r.getCoalitionId());
            }
        });
        return new Names(territories.summaries(territoryIds), coalitions.refs(coalitionIds));
    }

    List<ExchangeViews.Summary> summaries(List<Exchange> exchanges) {
        Names names = names(exchanges, List.of());
        Map<Long, Integer> counts =
                repository.reportCounts(exchanges.stream().map(Exchange::getId).toList());
        return exchanges.stream()
                .map(e -> new ExchangeViews.Summary(
                        e.getSlug(),
                        e.getTitle(),
                        e.getDescription(),
                        names.territoriesOf(e.getTerritoryIds()),
                        names.coalitionsOf(e.getCoalitionIds()),
                        counts.getOrDefault(e.getId(), 0),
                        e.isSample(),
                        e.getUpdatedAt()))
                .toList();
    }

    ExchangeViews.Detail detail(Exchange e) {
        List<ExperienceReport> reports = repository.reportsOf(List.of(e.getId()));
        Names names = names(List.of(e), reports);
        return new ExchangeViews.Detail(
                e.getSlug(),
                e.getTitle(),
                e.getDescription(),
                names.territoriesOf(e.getTerritoryIds()),
                names.coalitionsOf(e.getCoalitionIds()),
                reports(reports, names),
                e.isSample(),
                e.getCreatedAt(),
                e.getUpdatedAt());
    }

    List<ExchangeViews.Report> reports(List<ExperienceReport> reports) {
        return reports(reports, names(List.of(), reports));
    }

    private static List<ExchangeViews.Report> reports(List<ExperienceReport> reports, Names names) {
        List<ExchangeViews.Report> views = new ArrayList<>();
        for (ExperienceReport r : reports) {
            views.add(new ExchangeViews.Report(
                    r.getId(),
                    new ExchangeViews.Ref(
                            r.getExchange().getSlug(), r.getExchange().getTitle()),
                    names.territories().get(r.getTerritoryId()),
                    r.getCoalitionId() == null ? null : names.coalitions().get(r.getCoalitionId()),
                    r.getTitle(),
                    r.getBody(),
                    r.getReportedOn(),
                    r.getUrl(),
                    r.isSample(),
                    r.getCreatedAt(),
                    r.getUpdatedAt()));
        }
        return views;
    }
}
