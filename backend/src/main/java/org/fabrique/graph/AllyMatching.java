package org.fabrique.graph;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorProfile;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionNetwork;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.error.DomainException;
import org.fabrique.participation.suggestion.SuggestionService;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/**
 * Ally matching (issue 15): for each problem of a coalition, the actors that could join it, ranked
 * by reasons a coordinator can check (see {@link AllySuggestions.Reason}). Actors already members
 * of the coalition (proposed or confirmed) or joined on the problem are left out; those invited
 * stay, marked as such, until they answer. The words of the
 * allies sought are read against the actors' kinds through {@link #KIND_WORDS}; the problem's
 * words against the actors' expertise keywords, accents and case ignored, by their first six
 * letters (so "formation" meets "formations", "éthique" meets "ethiques", but "transition" does not
 * meet "transformation").
 */
@ApplicationScoped
public class AllyMatching {
    static final int SUGGESTED = 4;
    static final int KIND = 3;
    static final int EXPERTISE = 2;
    static final int TERRITORY = 2;
    static final int MEMBERSHIP = 1;
    static final int PER_PROBLEM = 5;

    /** Words of an ally sought that name a kind of actor (accents and case ignored, prefixes). */
    static final Map<ActorKind, List<String>> KIND_WORDS = Map.of(
            ActorKind.LOCAL_AUTHORITY,
            List.of("collectivit", "territoir", "commune", "metropol", "region", "departement", "local author"),
            ActorKind.ASSOCIATION,
            List.of("associati", "tiers-lieu", "tiers lieu", "ess", "citoyen"),
            ActorKind.COMPANY,
            List.of(
                    "entreprise",
                    "fournisseur",
                    "prestataire",
                    "startup",
                    "industri",
                    "company",
                    "supplier",
                    "editeur"),
            ActorKind.PUBLIC_BODY,
            List.of("etablissement public", "agence", "administration", "ministere", "etat", "public bod", "operateur"),
            ActorKind.RESEARCH_EDUCATION,
            List.of("ecole", "universit", "recherche", "enseignement", "laborato", "school", "research", "formation"),
            ActorKind.FUNDER,
            List.of("financeur", "banque", "fondation", "investisseur", "funder", "mecene"),
            ActorKind.MEDIA,
            List.of("media", "journal", "presse"),
            ActorKind.NETWORK,
            List.of("reseau", "federation", "network", "collectif"),
            ActorKind.INDIVIDUAL_EXPERT,
            List.of("expert", "chercheur", "consultant", "specialist"));

    private final CoalitionDirectory coalitions;
    private final ActorService actors;
    private final TerritoryService territories;
    private final SuggestionService suggestions;

    public AllyMatching(
            CoalitionDirectory coalitions,
            ActorService actors,
            TerritoryService territories,
            SuggestionService suggestions) {
        this.coalitions = coalitions;
        this.actors = actors;
        this.territories = territories;
        this.suggestions = suggestions;
    }

    public AllySuggestions of(String slug) {
        long coalitionId = coalitions.idOf(slug).orElseThrow(() -> DomainException.notFound("coalition", slug));
        CoalitionNetwork network = coalitions.networkOf(coalitionId);
        Set<Long> members = new HashSet<>();
        Set<Long> invited = new HashSet<>();
        network.members()
                .forEach(member -> ("INVITED".equals(member.status()) ? invited : members).add(member.actorId()));
        Set<Long> declinedIn = new HashSet<>();
        network.declensions().forEach(d -> declinedIn.add(d.territoryId()));
        Set<Long> suggested = new HashSet<>();
        suggestions.actorAlliesOf(List.of(coalitionId)).forEach(ally -> suggested.add(ally.actorId()));

        List<Sought> sought =
                network.problems().stream().map(AllyMatching::sought).toList();
        Set<ActorKind> kinds = new HashSet<>();
        Set<String> stems = new HashSet<>();
        sought.forEach(s -> {
            kinds.addAll(s.kinds().keySet());
            stems.addAll(s.stems());
        });
        // Only the actors a reason can reach: of a kind sought, suggested, or with expertise words.
        List<ActorProfile> profiles = actors.profiles(kinds, stems, suggested);
        Map<Long, TerritorySummary> territoryNames = territories.summaries(declinedIn);

        List<List<Scored>> ranked = new ArrayList<>();
        for (Sought problem : sought) {
            List<Scored> scored = new ArrayList<>();
            for (ActorProfile actor : profiles) {
                if (members.contains(actor.id()) || problem.problem().actorIds().contains(actor.id())) {
                    continue;
                }
                Scored candidate = score(problem, actor, suggested.contains(actor.id()), declinedIn, territoryNames);
                if (candidate.score() > 0) {
                    scored.add(candidate);
                }
            }
            ranked.add(scored);
        }
        // Other commitments count for every candidate, but are named only for the ones shown.
        Set<Long> candidates = new HashSet<>();
        ranked.forEach(scored -> scored.forEach(s -> candidates.add(s.actorId())));
        Map<Long, List<Long>> otherCoalitionsOf = new HashMap<>();
        coalitions
                .confirmedCoalitionsOf(candidates)
                .forEach((actorId, ids) -> otherCoalitionsOf.put(
                        actorId,
                        ids.stream().filter(id -> id != coalitionId).limit(2).toList()));
        Set<Long> shown = new LinkedHashSet<>();
        List<List<Scored>> best = new ArrayList<>();
        for (List<Scored> scored : ranked) {
            List<Scored> top = scored.stream()
                    .map(s -> s.withMemberships(otherCoalitionsOf.getOrDefault(s.actorId(), List.of())))
                    .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(Scored::actorId))
                    .limit(PER_PROBLEM)
                    .toList();
            top.forEach(s -> shown.add(s.actorId()));
            best.add(top);
        }
        Set<Long> named = new HashSet<>();
        shown.forEach(actorId -> named.addAll(otherCoalitionsOf.getOrDefault(actorId, List.of())));
        Map<Long, CoalitionRef> coalitionRefs = coalitions.refs(named);
        Map<Long, ActorSummary> summaries = actors.summaries(shown);
        List<AllySuggestions.ProblemAllies> problems = new ArrayList<>();
        for (int i = 0; i < sought.size(); i++) {
            CoalitionNetwork.Problem problem = sought.get(i).problem();
            problems.add(new AllySuggestions.ProblemAllies(
                    problem.id(),
                    problem.title(),
                    problem.alliesSought(),
                    best.get(i).stream()
                            .filter(s -> summaries.containsKey(s.actorId()))
                            .map(s -> new AllySuggestions.SuggestedAlly(
                                    summaries.get(s.actorId()),
                                    s.score(),
                                    s.reasons(coalitionRefs),
                                    invited.contains(s.actorId())))
                            .toList()));
        }
        return new AllySuggestions(problems);
    }

    /** A problem, the kinds of actors its allies sought name (with the words that name each), its stems. */
    private record Sought(CoalitionNetwork.Problem problem, Map<ActorKind, String> kinds, Set<String> stems) {}

    private static Sought sought(CoalitionNetwork.Problem problem) {
        Map<ActorKind, String> kinds = new LinkedHashMap<>();
        for (String sought : problem.alliesSought()) {
            String text = plain(sought);
            KIND_WORDS.forEach((kind, words) -> {
                if (words.stream().anyMatch(text::contains)) {
                    kinds.putIfAbsent(kind, sought);
                }
            });
        }
        return new Sought(problem, kinds, stems(problem.title() + " " + String.join(" ", problem.alliesSought())));
    }

    /** The reasons tied to the problem, and where the actor acts when one of them holds. */
    private static Scored score(
            Sought problem,
            ActorProfile actor,
            boolean suggested,
            Set<Long> declinedIn,
            Map<Long, TerritorySummary> territoryNames) {
        List<AllySuggestions.Reason> reasons = new ArrayList<>();
        int score = 0;
        if (suggested) {
            reasons.add(new AllySuggestions.Reason("SUGGESTED", null));
            score += SUGGESTED;
        }
        if (problem.kinds().containsKey(actor.kind())) {
            reasons.add(new AllySuggestions.Reason("KIND", problem.kinds().get(actor.kind())));
            score += KIND;
        }
        int expertise = 0;
        for (String keyword : actor.expertise()) {
            if (expertise < 3 && !Collections.disjoint(stems(keyword), problem.stems())) {
                reasons.add(new AllySuggestions.Reason("EXPERTISE", keyword));
                score += EXPERTISE;
                expertise++;
            }
        }
        // Where it acts and where else it is engaged: worth it only with a reason tied to this
        // problem (else every actor of a declension's territory would be suggested everywhere).
        if (score > 0 && actor.territoryId() != null && declinedIn.contains(actor.territoryId())) {
            TerritorySummary territory = territoryNames.get(actor.territoryId());
            reasons.add(new AllySuggestions.Reason("TERRITORY", territory == null ? null : territory.name()));
            score += TERRITORY;
        }
        return new Scored(actor.id(), score, reasons, List.of());
    }

    /** A candidate's score and reasons; its other coalitions (at most two) count one each. */
    private record Scored(long actorId, int score, List<AllySuggestions.Reason> reasons, List<Long> memberships) {
        Scored withMemberships(List<Long> coalitionIds) {
            return new Scored(actorId, score + MEMBERSHIP * coalitionIds.size(), reasons, coalitionIds);
        }

        List<AllySuggestions.Reason> reasons(Map<Long, CoalitionRef> refs) {
            List<AllySuggestions.Reason> all = new ArrayList<>(reasons);
            memberships.stream()
                    .map(refs::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(ref ->
                            all.add(new AllySuggestions.Reason("MEMBERSHIP", "#" + ref.number() + " " + ref.title())));
            return all;
        }
    }

    /** Lower case, accents removed. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Stems that every coalition shares, which say nothing of a problem. */
    static final Set<String> COMMON = Set.of("numeri", "digita", "coalit", "proble", "acteur", "allies");

    /** The first six letters of each word of six letters or more (a crude, language-blind stem). */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : plain(text).split("[^a-z0-9]+")) {
            if (word.length() >= 6 && !COMMON.contains(word.substring(0, 6))) {
                stems.add(word.substring(0, 6));
            }
        }
        return stems;
    }
}
