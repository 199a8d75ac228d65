package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.actor.ActorSummary;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;

/**
 * The coalition feature's {@link CoalitionOpenData}: pages through the coalition list and reads
 * each coalition's public view, the one its page shows, so the export can never show more.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoalitionOpenDataExport implements CoalitionOpenData {
    private final CoalitionService coalitions;

    public CoalitionOpenDataExport(CoalitionService coalitions) {
        this.coalitions = coalitions;
    }

    @Override
    public List<CoalitionExport> exportAll() {
        List<CoalitionExport> result = new ArrayList<>();
        int page = 0;
        Page<CoalitionSummary> current;
        do {
            current = coalitions.list(
                    CoalitionFilter.none(), new PageRequest(page++, PageRequest.MAX_SIZE, "number", false));
            for (CoalitionSummary summary : current.items()) {
                result.add(export(coalitions.get(summary.slug()).view()));
            }
        } while (page < current.totalPages());
        return result;
    }

    private static CoalitionExport export(CoalitionView c) {
        return new CoalitionExport(
                c.number(),
                c.slug(),
                c.title(),
                c.summary(),
                c.intention(),
                c.vision(),
                c.stage(),
                c.axes().stream().map(AxisSummary::slug).toList(),
                c.keywords(),
                c.parent() == null ? null : c.parent().slug(),
                c.sample(),
                c.createdAt(),
                c.updatedAt(),
                c.problems().stream()
                        .map(p -> new CoalitionExport.Problem(
                                p.title(),
                                p.description(),
                                p.allyKinds(),
                                p.actors().stream().map(ActorSummary::slug).toList()))
                        .toList(),
                c.impacts().stream()
                        .map(i -> new CoalitionExport.Impact(
                                i.title(),
                                i.indicator(),
                                i.unit(),
                                i.baseline(),
                                i.target(),
                                i.targetDate(),
                                i.latestValue()))
                        .toList(),
                c.members().stream()
                        .filter(m -> m.status() == MembershipStatus.CONFIRMED)
                        .map(m -> new CoalitionExport.Member(
                                m.actor().slug(), m.role().name(), m.commitment(), m.createdAt()))
                        .toList(),
                c.territories().stream()
                        .map(t -> new CoalitionExport.Declension(
                                t.territory().slug(),
                                t.positioning() == null ? null : t.positioning().name(),
                                t.priority(),
                                t.status() == null ? null : t.status().name(),
                                t.commitments(),
                                t.sample()))
                        .toList());
    }
}
