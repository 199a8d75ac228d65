package org.fabrique.coalition.canvas;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.actor.ActorService;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.CoalitionInput;
import org.fabrique.coalition.CoalitionRepository;
import org.fabrique.coalition.Stage;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.persistence.SlugIds;

/**
 * Writes a coalition's canvas from its input: the texts, axes, keywords, parent, experiences,
 * problems (with the allies sought and the actors who joined) and desired impacts. Problems and
 * impacts named by id are kept (an impact keeps its measures); the others are replaced.
 */
@ApplicationScoped
public class CanvasWriter {
    private final CoalitionRepository coalitions;
    private final AxisService axes;
    private final ActorService actors;

    public CanvasWriter(CoalitionRepository coalitions, AxisService axes, ActorService actors) {
        this.coalitions = coalitions;
        this.axes = axes;
        this.actors = actors;
    }

    /** A keyword as stored and filtered on: trimmed, single spaces, lower case. */
    public static String normaliseKeyword(String keyword) {
        return keyword.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Applies the input to the coalition; {@code selfId} is null for a new one. */
    public void apply(Coalition c, CoalitionInput in, Long selfId) {
        c.setTitle(in.title().trim());
        c.setSummary(in.summary());
        c.setIntention(in.intention());
        c.setVision(in.vision());
        c.setStage(in.stage() != null ? in.stage() : Stage.EMERGING);
        c.setSample(Boolean.TRUE.equals(in.sample()));
        if (in.commentsOpen() != null) {
            c.setCommentsOpen(in.commentsOpen());
        }
        c.setParentId(resolveParent(in.parent(), selfId));

        List<String> axisSlugs = orEmpty(in.axes());
        Set<Long> axisIds = axisSlugs.isEmpty()
                ? Set.of()
                : new HashSet<>(axes.idsBySlug(axisSlugs, "axes").values());
        c.getAxisIds().retainAll(axisIds);
        c.getAxisIds().addAll(axisIds);

        Set<String> keywords = new LinkedHashSet<>();
        for (String k : orEmpty(in.keywords())) {
            keywords.add(normaliseKeyword(k));
        }
        c.getKeywords().retainAll(keywords);
        c.getKeywords().addAll(keywords);

        applyExperiences(c, orEmpty(in.experiences()));

        applyProblems(c, orEmpty(in.problems()));
        applyImpacts(c, orEmpty(in.impacts()));
    }

    private Long resolveParent(String parentSlug, Long selfId) {
        if (parentSlug == null || parentSlug.isBlank()) {
            return null;
        }
        Long parentId = SlugIds.resolve(
                        coalitions.getEntityManager(), Coalition.class, "coalition", List.of(parentSlug), "parent")
                .get(parentSlug);
        if (selfId != null) {
            Long cursor = parentId;
            for (int depth = 0; cursor != null && depth < 100; depth++) {
                if (cursor.equals(selfId)) {
                    throw DomainException.invalidField("parent", "a coalition cannot descend from itself");
                }
                cursor = coalitions
                        .findByIdOptional(cursor)
                        .map(Coalition::getParentId)
                        .orElse(null);
            }
        }
        return parentId;
    }

    /** Experiences sent with their id are kept (a GET body sent back changes nothing), others added. */
    private void applyExperiences(Coalition c, List<CoalitionInput.ExperienceInput> inputs) {
        Map<Long, Experience> existing =
                c.getExperiences().stream().collect(Collectors.toMap(Experience::getId, e -> e));
        List<Experience> next = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CoalitionInput.ExperienceInput in = inputs.get(i);
            Experience experience = in.id() == null ? new Experience(c) : existing.get(in.id());
            if (experience == null) {
                throw DomainException.invalidField("experiences[" + i + "].id", "not an experience of this coalition");
            }
            experience.setPosition(i);
            experience.setTitle(in.title().trim());
            experience.setDescription(in.description());
            experience.setUrl(in.url());
            next.add(experience);
        }
        c.getExperiences().clear();
        c.getExperiences().addAll(next);
    }

    private void applyProblems(Coalition c, List<CoalitionInput.ProblemInput> inputs) {
        Set<String> actorSlugs = new HashSet<>();
        inputs.forEach(p -> actorSlugs.addAll(orEmpty(p.actors())));
        Map<String, Long> actorIds = actorSlugs.isEmpty() ? Map.of() : actors.idsBySlug(actorSlugs, "problems.actors");
        Map<Long, CoalitionProblem> existing =
                c.getProblems().stream().collect(Collectors.toMap(CoalitionProblem::getId, p -> p));
        List<CoalitionProblem> next = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CoalitionInput.ProblemInput in = inputs.get(i);
            CoalitionProblem problem;
            if (in.id() != null) {
                problem = existing.get(in.id());
                if (problem == null) {
                    throw DomainException.invalidField("problems[" + i + "].id", "not a problem of this coalition");
                }
            } else {
                problem = new CoalitionProblem(c);
            }
            problem.setPosition(i);
            problem.setTitle(in.title().trim());
            problem.setDescription(in.description());
            Set<String> kinds = new LinkedHashSet<>();
            orEmpty(in.allyKinds()).forEach(k -> kinds.add(k.trim()));
            problem.getAllyKinds().retainAll(kinds);
            problem.getAllyKinds().addAll(kinds);
            Set<Long> joined = new HashSet<>();
            orEmpty(in.actors()).forEach(s -> joined.add(actorIds.get(s)));
            problem.getActorIds().retainAll(joined);
            problem.getActorIds().addAll(joined);
            if (in.solutions() != null) {
                List<Solution> solutions = problem.getSolutions();
                solutions.clear();
                in.solutions()
                        .forEach(s -> solutions.add(
                                new Solution(s.title().trim(), s.kind(), Boolean.TRUE.equals(s.sample()))));
            }
            next.add(problem);
        }
        c.getProblems().clear();
        c.getProblems().addAll(next);
    }

    private void applyImpacts(Coalition c, List<CoalitionInput.ImpactInput> inputs) {
        Map<Long, DesiredImpact> existing =
                c.getImpacts().stream().collect(Collectors.toMap(DesiredImpact::getId, i -> i));
        List<DesiredImpact> next = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CoalitionInput.ImpactInput in = inputs.get(i);
            DesiredImpact impact;
            if (in.id() != null) {
                impact = existing.get(in.id());
                if (impact == null) {
                    throw DomainException.invalidField("impacts[" + i + "].id", "not an impact of this coalition");
                }
            } else {
                impact = new DesiredImpact(c);
            }
            impact.setPosition(i);
            impact.setTitle(in.title().trim());
            impact.setIndicator(in.indicator().trim());
            impact.setUnit(in.unit().trim());
            impact.setBaseline(in.baseline());
            impact.setTarget(in.target());
            impact.setTargetDate(in.targetDate());
            next.add(impact);
        }
        c.getImpacts().clear();
        c.getImpacts().addAll(next);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
