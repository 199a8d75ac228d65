package org.fabrique.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.territory.TerritoryService;

/** The experience reports of exchanges: each territory tells what it did, optionally on a coalition. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExperienceReportService {
    private final ExchangeService exchanges;
    private final ExchangeRepository repository;
    private final ExchangeMapper mapper;
    private final ExchangeAccess access;
    private final TerritoryService territories;
    private final CoalitionDirectory coalitions;

    ExperienceReportService(
            ExchangeService exchanges,
            ExchangeRepository repository,
            ExchangeMapper mapper,
            ExchangeAccess access,
            TerritoryService territories,
            CoalitionDirectory coalitions) {
        this.exchanges = exchanges;
        this.repository = repository;
        this.mapper = mapper;
        this.access = access;
        this.territories = territories;
        this.coalitions = coalitions;
    }

    /** Every report on a coalition, whatever the exchange (none for an unknown coalition). */
    public List<ExchangeViews.Report> onCoalition(String coalition) {
        Optional<Long> id = coalitions.idOf(coalition);
        return id.isEmpty() ? List.of() : mapper.reports(repository.reportsOnCoalition(id.get()));
    }

    public Versioned<ExchangeViews.Report> get(String exchange, long id) {
        return versioned(load(exchange, id));
    }

    @Transactional
    public Versioned<ExchangeViews.Report> add(String exchange, ExperienceReportInput input) {
        ExperienceReport report = new ExperienceReport(exchanges.load(exchange));
        apply(report, input);
        repository.persistReport(report);
        repository.flush();
        return versioned(report);
    }

    @Transactional
    public Versioned<ExchangeViews.Report> update(
            String exchange, long id, ExperienceReportInput input, String ifMatch) {
        ExperienceReport report = load(exchange, id);
        access.requireReport(report.getTerritoryId());
        EntityTags.requireMatch(ifMatch, report.getVersion());
        apply(report, input);
        repository.flush();
        return versioned(report);
    }

    @Transactional
    public void delete(String exchange, long id) {
        ExperienceReport report = load(exchange, id);
        access.requireReport(report.getTerritoryId());
        repository.deleteReport(report);
    }

    private ExperienceReport load(String exchange, long id) {
        Exchange owner = exchanges.load(exchange);
        ExperienceReport report = repository.report(id);
        if (report == null || !report.getExchange().getId().equals(owner.getId())) {
            throw DomainException.notFound("experience report", exchange + "/" + id);
        }
        return report;
    }

    /** Checks the territory (one of the exchange's, the caller's) and the coalition, then writes. */
    private void apply(ExperienceReport report, ExperienceReportInput input) {
        long territoryId =
                territories.idsBySlug(List.of(input.territory()), "territory").get(input.territory());
        if (!report.getExchange().getTerritoryIds().contains(territoryId)) {
            throw DomainException.invalidField("territory", "The territory does not take part in this exchange");
        }
        access.requireReport(territoryId);
        Long coalitionId = input.coalition() == null
                ? null
                : coalitions.idsBySlug(List.of(input.coalition()), "coalition").get(input.coalition());
        report.setTerritoryId(territoryId);
        report.setCoalitionId(coalitionId);
        report.setTitle(input.title().trim());
        report.setBody(input.body().strip());
        report.setReportedOn(input.reportedOn());
        report.setUrl(
                input.url() == null || input.url().isBlank()
                        ? null
                        : input.url().trim());
        report.setSample(Boolean.TRUE.equals(input.sample()));
    }

    private Versioned<ExchangeViews.Report> versioned(ExperienceReport report) {
        return new Versioned<>(mapper.reports(List.of(report)).get(0), report.getVersion());
    }
}
