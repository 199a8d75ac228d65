package org.fabrique.coalition.canvas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.CoalitionAccess;
import org.fabrique.coalition.CoalitionRepository;
import org.fabrique.coalition.CoalitionService;
import org.fabrique.common.error.DomainException;

/** Dated measures of a coalition's desired impacts, recorded and deleted by its coordinators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImpactService {
    private final CoalitionService coalitions;
    private final CoalitionRepository repository;
    private final CoalitionAccess access;

    public ImpactService(CoalitionService coalitions, CoalitionRepository repository, CoalitionAccess access) {
        this.coalitions = coalitions;
        this.repository = repository;
        this.access = access;
    }

    @Transactional
    public MeasureView addMeasure(String slug, long impactId, MeasureInput input) {
        Coalition coalition = coalitions.load(slug);
        access.requireEditable(coalition);
        DesiredImpact impact = impact(coalition, impactId);
        ImpactMeasure measure = new ImpactMeasure(impact);
        measure.setMeasuredOn(input.measuredOn());
        measure.setValue(input.value());
        measure.setEvidence(input.evidence());
        measure.setEvidenceUrl(input.evidenceUrl());
        impact.getMeasures().add(measure);
        coalition.markChanged();
        repository.flush();
        return ImpactMapper.measure(measure);
    }

    /** Corrects a recorded measure: its date, value and evidence are replaced by the input's. */
    @Transactional
    public MeasureView updateMeasure(String slug, long impactId, long measureId, MeasureInput input) {
        Coalition coalition = coalitions.load(slug);
        access.requireEditable(coalition);
        ImpactMeasure measure = measure(impact(coalition, impactId), measureId);
        measure.setMeasuredOn(input.measuredOn());
        measure.setValue(input.value());
        measure.setEvidence(input.evidence());
        measure.setEvidenceUrl(input.evidenceUrl());
        coalition.markChanged();
        repository.flush();
        return ImpactMapper.measure(measure);
    }

    @Transactional
    public void deleteMeasure(String slug, long impactId, long measureId) {
        Coalition coalition = coalitions.load(slug);
        access.requireEditable(coalition);
        DesiredImpact impact = impact(coalition, impactId);
        impact.getMeasures().remove(measure(impact, measureId));
        coalition.markChanged();
    }

    private static ImpactMeasure measure(DesiredImpact impact, long measureId) {
        return impact.getMeasures().stream()
                .filter(m -> m.getId().equals(measureId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("measure", String.valueOf(measureId)));
    }

    private static DesiredImpact impact(Coalition coalition, long impactId) {
        return coalition.getImpacts().stream()
                .filter(i -> i.getId().equals(impactId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("impact", String.valueOf(impactId)));
    }
}
