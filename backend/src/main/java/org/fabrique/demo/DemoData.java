package org.fabrique.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fabrique.account.Account;
import org.fabrique.actor.Actor;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.Person;
import org.fabrique.axis.Axis;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.Stage;
import org.fabrique.coalition.canvas.CoalitionProblem;
import org.fabrique.coalition.canvas.DesiredImpact;
import org.fabrique.coalition.canvas.Experience;
import org.fabrique.coalition.canvas.ImpactMeasure;
import org.fabrique.coalition.canvas.Solution;
import org.fabrique.coalition.canvas.SolutionKind;
import org.fabrique.coalition.membership.Membership;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.coalition.territorial.PartnerScope;
import org.fabrique.coalition.territorial.PartnerStatus;
import org.fabrique.coalition.territorial.PlanKind;
import org.fabrique.coalition.territorial.Positioning;
import org.fabrique.coalition.territorial.TerritorialCoalition;
import org.fabrique.coalition.territorial.TerritorialPartner;
import org.fabrique.coalition.territorial.TerritorialStatus;
import org.fabrique.coalition.territorial.TerritoryPlan;
import org.fabrique.common.i18n.ContentTranslation;
import org.fabrique.common.text.MarkdownRenderer;
import org.fabrique.event.Event;
import org.fabrique.event.EventFormat;
import org.fabrique.event.EventKind;
import org.fabrique.event.EventSession;
import org.fabrique.event.SessionKind;
import org.fabrique.exchange.Exchange;
import org.fabrique.exchange.ExperienceReport;
import org.fabrique.note.Note;
import org.fabrique.note.NoteStatus;
import org.fabrique.territory.Territory;
import org.fabrique.territory.TerritoryKind;
import org.fabrique.testimony.Testimony;
import org.fabrique.toolbox.Availability;
import org.fabrique.toolbox.LocalInitiative;
import org.fabrique.toolbox.ResourceKind;
import org.fabrique.toolbox.SharedResource;
import org.jboss.logging.Logger;

/**
 * Demo data taken from the Reset Day 4 report (shared/reset-day-4.md), loaded once into an empty
 * database when {@code fabrique.demo-data.enabled} is true (local run, tests; off in production).
 *
 * <p>Names, dates and titles are facts of the source; descriptions are in our own words. Records
 * that go beyond the facts carry {@code sample = true}; see the README for the list. This is a
 * seeding fixture: it writes entities directly, like a migration, rather than through the services.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EntityManager em;
    private final MarkdownRenderer markdown;
    private final boolean enabled;

    public DemoData(
            EntityManager em,
            MarkdownRenderer markdown,
            @ConfigProperty(name = "fabrique.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.em = em;
        this.markdown = markdown;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    @Transactional
    public boolean loadIfEmpty() {
        long existing = em.createQuery("select count(a) from Axis a", Long.class)
                        .getSingleResult()
                + em.createQuery("select count(c) from Coalition c", Long.class).getSingleResult();
        if (existing > 0) {
            return false;
        }
        load();
        LOG.info("Demo data of Reset Day 4 loaded");
        return true;
    }

    private void load() {
        // Thematic axes of the panorama.
        Axis environment = axis(
                "environnement",
                "Dimension environnementale",
                "Les coalitions qui mettent le numérique au service de la transition écologique et réduisent"
                        + " son empreinte.",
                "#2e7d32",
                1);
        Axis democracy = axis(
                "democratie-ethique-libertes",
                "Démocratie, éthique et libertés",
                "Les coalitions qui défendent les libertés, l'éthique et la participation démocratique dans"
                        + " un monde numérique.",
                "#1565c0",
                2);
        Axis inclusion = axis(
                "inclusion-capacitation-education",
                "Inclusion, capacitation, éducation et émancipation",
                "Les coalitions qui donnent à chacun les moyens de comprendre et de choisir son numérique.",
                "#ad1457",
                3);

        // Territories: the national level and the Lille metropolis with its parents.
        Territory france = territory("france", "France", TerritoryKind.NATIONAL, "FR", null);
        Territory hdf = territory("hauts-de-france", "Hauts-de-France", TerritoryKind.REGION, "32", france);
        Territory nord = territory("nord", "Nord", TerritoryKind.DEPARTEMENT, "59", hdf);
        Territory mel = territory(
                "metropole-europeenne-de-lille",
                "Métropole Européenne de Lille",
                TerritoryKind.METROPOLIS,
                "200093201",
                nord);
        territory("lille", "Lille", TerritoryKind.COMMUNE, "59350", mel);
        mel.setDescription("Partenaire de RESET depuis 2019, la MEL a choisi après la conférence du 3 décembre 2019"
                + " de mettre en place des coalitions territoriales.");

        // Actors and people.
        Actor organiser = actor(
                "fing",
                "Fing",
                ActorKind.NETWORK,
                "L'organisatrice du programme #Reset, qui anime le réseau des coalitions et les Reset Days.",
                null,
                List.of("coalitions", "transformation numérique"));
        Actor latitudes = actor(
                "latitudes",
                "Latitudes",
                ActorKind.ASSOCIATION,
                "Association qui œuvre pour intégrer la dimension sociétale dans les cursus de l'enseignement"
                        + " supérieur, en particulier dans les filières numériques.",
                null,
                List.of("enseignement supérieur", "formation", "éthique"));
        Actor museum = actor(
                "museum-national-histoire-naturelle",
                "Muséum national d'Histoire naturelle",
                ActorKind.RESEARCH_EDUCATION,
                "Établissement pour lequel est menée une enquête sur la place de l'écologie et de la transition"
                        + " dans les formations numériques françaises.",
                null,
                List.of("écologie", "recherche"));
        Actor melActor = actor(
                "mel",
                "Métropole Européenne de Lille",
                ActorKind.LOCAL_AUTHORITY,
                "Collectivité qui décline les coalitions #Reset sur son territoire, de la direction générale aux"
                        + " directions opérationnelles et au réseau.",
                mel,
                List.of("innovation sociale", "inclusion numérique", "développement économique"));
        // The MEL directorates concerned with digital to which the approach was presented: sub-units.
        for (String[] directorate : new String[][] {
            {"mel-developpement-economique", "MEL — Direction du développement économique"},
            {"mel-systemes-information", "MEL — Direction des systèmes d'information"},
            {"mel-reseaux-infrastructures-numeriques", "MEL — Direction des réseaux d'infrastructures numériques"},
            {"mel-recherche-developpement", "MEL — Direction de la recherche et du développement"},
            {"mel-relation-usagers", "MEL — Direction de la relation aux usagers"}
        }) {
            Actor unit = actor(
                    directorate[0],
                    directorate[1],
                    ActorKind.LOCAL_AUTHORITY,
                    "Direction opérationnelle de la Métropole Européenne de Lille concernée par le numérique, à qui"
                            + " la démarche des coalitions territoriales a été présentée.",
                    mel,
                    List.of());
            unit.setParentId(melActor.getId());
        }
        Actor banque = actor(
                "banque-des-territoires",
                "Banque des Territoires",
                ActorKind.FUNDER,
                "Partenaire de RESET pour les territoires ; accompagne l'engagement des collectivités dans une"
                        + " démarche territoriale.",
                france,
                List.of("territoires", "sobriété numérique"));

        Person courtier =
                person("augustin-courtier", "Augustin Courtier", "Cofondateur de l'association Latitudes", latitudes);
        Person lavigne = person(
                "joffrey-lavigne",
                "Joffrey Lavigne",
                "Auteur-réalisateur interactif, enquête pour le Muséum sur l'écologie dans les formations"
                        + " numériques",
                museum);
        Person roger = person(
                "magali-roger",
                "Magali Roger",
                "Chargée de mission innovation sociale et médiation numérique à la MEL",
                melActor);
        Person charluet = person("audrey-charluet", "Audrey Charluet", "Banque des Territoires", banque);

        // Coalitions.
        Coalition c3 = coalition(
                3,
                "formations-superieures-numeriques-ethiques",
                "Pour des formations supérieures numériques intégrant les questions éthiques sociales et"
                        + " environnementales",
                "Faire entrer les questions éthiques, sociales et environnementales dans les formations"
                        + " supérieures au numérique.",
                Stage.FORMING,
                List.of(inclusion, democracy, environment),
                List.of("formation", "enseignement supérieur", "éthique", "environnement", "numérique", "cursus"));
        c3.setIntention("Que chaque diplômé du numérique sache mesurer les effets sociaux et écologiques de ce"
                + " qu'il conçoit.");
        c3.setVision("Des cursus où l'éthique et la transition ne sont pas une option mais un fil conducteur.");
        experience(c3, 0, "Travail de Latitudes dans les cursus du supérieur", null);
        experience(c3, 1, "Enquête pour le Muséum sur l'écologie dans les diplômes numériques", null);
        CoalitionProblem p1 = problem(
                c3,
                0,
                "La place de l'écologie et de la transition dans les diplômes numériques est mal connue",
                "Il faut un diagnostic des formations existantes pour trouver des leviers.",
                List.of("chercheurs", "établissements d'enseignement supérieur"));
        p1.getActorIds().add(museum.getId());
        CoalitionProblem p2 = problem(
                c3,
                1,
                "La dimension sociétale reste absente de nombreux cursus",
                "Les équipes pédagogiques manquent de ressources et de temps pour l'intégrer.",
                List.of("enseignants", "associations étudiantes", "écoles d'ingénieurs"));
        p2.getActorIds().add(latitudes.getId());
        // "#Reset could recommend solutions or kinds of solutions": examples, not the source's.
        p1.getSolutions()
                .add(new Solution(
                        "Un diagnostic partagé des formations numériques (exemple)", SolutionKind.SOLUTION, true));
        p2.getSolutions()
                .add(new Solution(
                        "Des modules communs d'éthique et d'environnement entre écoles (exemple)",
                        SolutionKind.KIND_OF_SOLUTION,
                        true));
        DesiredImpact impact = new DesiredImpact(c3);
        impact.setPosition(0);
        impact.setTitle("Exemple (donnée fictive) : des cursus numériques qui intègrent ces questions");
        impact.setIndicator("Part des formations numériques partenaires intégrant un module éthique et environnement");
        impact.setUnit("%");
        impact.setBaseline(new BigDecimal("10"));
        impact.setTarget(new BigDecimal("50"));
        impact.setTargetDate(LocalDate.of(2022, 12, 31));
        c3.getImpacts().add(impact);
        ImpactMeasure measure = new ImpactMeasure(impact);
        measure.setMeasuredOn(LocalDate.of(2021, 6, 30));
        measure.setValue(new BigDecimal("18"));
        measure.setEvidence("Mesure d'exemple, fictive.");
        impact.getMeasures().add(measure);

        Coalition commons = coalition(
                10,
                "communs-numeriques",
                "Communs numériques",
                "Un sujet riche, difficile à inscrire dans une logique d'impact : il est proposé de le scinder"
                        + " en objets plus précis.",
                Stage.EMERGING,
                List.of(democracy),
                List.of("communs", "partage", "ressources numériques"));
        commons.setIntention("Faire du partage des ressources numériques communes un levier de transformation.");
        Coalition software = coalition(
                11,
                "communs-logiciels",
                "Communs logiciels",
                "Les communs de l'architecture, du réseau et du logiciel.",
                Stage.EMERGING,
                List.of(democracy, environment),
                List.of("communs", "logiciel libre", "architecture", "réseau"));
        software.setParentId(commons.getId());
        Coalition knowledge = coalition(
                12,
                "communs-de-la-connaissance",
                "Communs de la connaissance",
                "Accès ouvert et continuité pédagogique : un sujet rendu plus actuel par la pandémie.",
                Stage.EMERGING,
                List.of(democracy, inclusion),
                List.of("communs", "accès ouvert", "continuité pédagogique", "éducation"));
        knowledge.setParentId(commons.getId());

        membership(c3, latitudes, MembershipRole.CONTRIBUTOR, "Partager ses outils pour les cursus (exemple)");
        membership(c3, museum, MembershipRole.CONTRIBUTOR, "Partager le diagnostic de l'enquête (exemple)");
        membership(commons, organiser, MembershipRole.PILOT, "Animer la coalition (exemple)");

        TerritorialCoalition melC3 = territorial(c3, mel, Positioning.CONTRIBUTOR);
        melC3.getPartners()
                .add(new TerritorialPartner(
                        PartnerScope.NATIONAL, PartnerStatus.IDENTIFIED, latitudes.getId(), latitudes.getName()));
        melC3.getPartners()
                .add(new TerritorialPartner(
                        PartnerScope.TERRITORIAL, PartnerStatus.SOUGHT, null, "Universités et écoles de la métropole"));
        TerritorialCoalition melCommons = territorial(commons, mel, Positioning.PILOT);
        melCommons
                .getPartners()
                .add(new TerritorialPartner(
                        PartnerScope.NATIONAL, PartnerStatus.IDENTIFIED, banque.getId(), banque.getName()));
        // A second territory on coalition #3, so that territories can be compared: a sample.
        TerritorialCoalition regionC3 = territorial(c3, hdf, Positioning.CONTRIBUTOR);
        regionC3.setPriority(false);
        regionC3.setStatus(TerritorialStatus.PARTNERS_SOUGHT);
        regionC3.setCommitments("Relayer la coalition auprès des universités de la région (exemple).");
        em.flush();
        exchanges(mel, hdf, c3, commons);
        // The source names the kinds of planning objects the method plugs into, and the convergence
        // with a territory's main strategy, not the MEL's documents: these two are samples.
        TerritoryPlan masterPlan = new TerritoryPlan(
                mel.getId(),
                0,
                PlanKind.DIGITAL_MASTER_PLAN,
                "Schéma directeur du numérique de la métropole (exemple)",
                null,
                true);
        masterPlan.getCoalitionIds().addAll(List.of(c3.getId(), commons.getId()));
        em.persist(masterPlan);
        TerritoryPlan strategy = new TerritoryPlan(
                mel.getId(), 1, PlanKind.MAIN_STRATEGY, "Stratégie métropolitaine (exemple)", null, true);
        strategy.getCoalitionIds().add(commons.getId());
        em.persist(strategy);

        // Accounts of the local Keycloak realm's demo users (fixed subjects in
        // keycloak/realm-reset-local.json): "coordinator" coordinates #3, "coordinator2" nothing,
        // "territory-manager" manages the MEL, "member" acts for Latitudes.
        Account coordinator = account(DEMO_SUBJECT_PREFIX + "2", "coordinator", "Alex Durand");
        c3.getCoordinatorAccountIds().add(coordinator.getId());
        account(DEMO_SUBJECT_PREFIX + "3", "coordinator2", "Sam Bernard");
        Account manager = account(DEMO_SUBJECT_PREFIX + "4", "territory-manager", "Dominique Leroy");
        manager.getTerritoryIds().add(mel.getId());
        Account member = account(DEMO_SUBJECT_PREFIX + "1", "member", "Camille Martin");
        member.getActorIds().add(latitudes.getId());

        // Toolbox.
        SharedResource booklet = new SharedResource("reset-pour-les-territoires");
        booklet.setTitle("RESET pour les territoires");
        booklet.setKind(ResourceKind.BOOKLET);
        booklet.setDescription("Livret à produire pour amorcer une démarche territoriale #Reset.");
        booklet.setAvailability(Availability.PLANNED);
        booklet.setPublisherActorId(banque.getId());
        booklet.setTerritoryId(france.getId());
        em.persist(booklet);
        SharedResource reports = new SharedResource("retours-experience-territoires");
        reports.setTitle("Retours d'expérience des territoires");
        reports.setKind(ResourceKind.EXPERIENCE_REPORT);
        reports.setDescription(
                "Les retours d'expérience des territoires seront valorisés sur une plateforme de la Banque des"
                        + " Territoires.");
        reports.setAvailability(Availability.PLANNED);
        reports.setPublisherActorId(banque.getId());
        reports.setTerritoryId(france.getId());
        em.persist(reports);
        LocalInitiative initiative = new LocalInitiative("mel-partage-actions");
        initiative.setTitle("Partage d'actions entre partenaires de la MEL (exemple)");
        initiative.setDescription("Initiative d'exemple : la MEL organise le « partage d'actions » avec les autres"
                + " acteurs de ses coalitions prioritaires.");
        initiative.setTerritoryId(mel.getId());
        initiative.setCoalitionId(commons.getId());
        initiative.setActorId(melActor.getId());
        initiative.setSample(true);
        em.persist(initiative);

        // Events.
        Event conference = event(
                "conference-reset-2019",
                "Conférence RESET",
                EventKind.CONFERENCE,
                "La conférence RESET du 3 décembre 2019, jalon du programme après lequel la MEL a décidé de"
                        + " mettre en place des coalitions territoriales.",
                LocalDateTime.of(2019, 12, 3, 9, 0),
                LocalDateTime.of(2019, 12, 3, 18, 0),
                EventFormat.IN_PERSON,
                null);
        conference.getOrganiserIds().add(organiser.getId());
        Event resetDay4 = event(
                "reset-day-4",
                "Reset Day 4",
                EventKind.RESET_DAY,
                "Journée en ligne dense, organisée par la Fing et ses partenaires, pour toucher de nouvelles"
                        + " personnes, animer un réseau hétérogène, recueillir des intentions d'agir et montrer comment"
                        + " fonctionnent les coalitions #Reset.",
                LocalDateTime.of(2020, 4, 21, 9, 30),
                LocalDateTime.of(2020, 4, 21, 12, 30),
                EventFormat.ONLINE,
                30);
        // "Organised by the Fing and its partners", "followed by about thirty participants".
        resetDay4.getOrganiserIds().add(organiser.getId());
        resetDay4.setOrganisedWithPartners(true);
        resetDay4.setParticipantsApproximate(true);
        resetDay4.getCoalitionIds().addAll(List.of(c3.getId(), commons.getId()));
        resetDay4.getTerritoryIds().add(mel.getId());
        EventSession plenary = session(resetDay4, 0, "Séance plénière", SessionKind.PLENARY, null, List.of());
        EventSession c3Session = session(
                resetDay4,
                1,
                "Témoignages : coalition #3, formations supérieures numériques",
                SessionKind.TESTIMONY,
                c3,
                List.of(courtier, lavigne));
        EventSession territorySession = session(
                resetDay4,
                2,
                "Témoignages : les coalitions dans les territoires",
                SessionKind.TESTIMONY,
                null,
                List.of(roger, charluet));
        EventSession workshops =
                session(resetDay4, 3, "Ateliers des coalitions", SessionKind.WORKSHOP, null, List.of());
        em.flush();

        // Testimonies.
        testimony(
                courtier,
                latitudes,
                c3,
                resetDay4,
                c3Session,
                "Latitudes travaille à intégrer la dimension sociétale dans les cursus du supérieur, notamment"
                        + " numériques ; un entretien avec Augustin Courtier a été publié.");
        testimony(
                lavigne,
                museum,
                c3,
                resetDay4,
                c3Session,
                "Pour le Muséum, une enquête sur la place de l'écologie et des études de transition dans les"
                        + " formations numériques françaises, pour poser un diagnostic et trouver des leviers.");
        testimony(
                roger,
                melActor,
                null,
                resetDay4,
                territorySession,
                "La MEL décline les coalitions à plusieurs niveaux : direction générale, directions"
                        + " opérationnelles, réseau. Six ou sept coalitions prioritaires ont été présentées début"
                        + " mars 2020, avec un objectif de réunion des partenaires en mai 2020.");
        testimony(
                charluet,
                banque,
                null,
                resetDay4,
                territorySession,
                "Les initiatives numériques poussent dans une « joyeuse anarchie » ; les collectivités ont un"
                        + " rôle de prévention et de prescription de la sobriété numérique.");

        // The note of the day.
        Note note = new Note("notes-du-reset-day-4");
        note.setTitle("Notes du Reset Day 4");
        note.setBodyMarkdown(RESET_DAY_4_NOTE);
        note.setBodyHtml(markdown.toHtml(RESET_DAY_4_NOTE));
        note.setExcerpt("Le 21 avril 2020, une trentaine de participants ont suivi en ligne le quatrième Reset Day :"
                + " plénière, témoignages et ateliers des coalitions.");
        note.setEventId(resetDay4.getId());
        note.setStatus(NoteStatus.PUBLISHED);
        note.setPublishedAt(OffsetDateTime.of(
                2020, 4, 21, 18, 0, 0, 0, PARIS.getRules().getOffset(LocalDateTime.of(2020, 4, 21, 18, 0))));
        note.setCommentsOpen(true);
        note.getCoalitionIds().addAll(List.of(c3.getId(), commons.getId(), software.getId(), knowledge.getId()));
        note.getAxisIds().addAll(List.of(environment.getId(), democracy.getId(), inclusion.getId()));
        note.getTerritoryIds().add(mel.getId());
        em.persist(note);
        em.flush();

        // English translations of the French texts, marked as translations (common/i18n): coalition
        // #3, the axes, the events and their sessions. The note stays French only.
        translate(
                "coalition",
                c3.getId(),
                Map.of(
                        "title",
                        "For higher digital education that integrates ethical, social and environmental questions",
                        "summary",
                        "Bring ethical, social and environmental questions into higher education in digital"
                                + " subjects.",
                        "intention",
                        "That every digital graduate can weigh the social and ecological effects of what they"
                                + " design.",
                        "vision",
                        "Curricula where ethics and transition are not an option but a common thread."));
        // Its canvas, part by part ("problem.<id>.title"...: common/i18n, CoalitionMapper).
        java.util.Map<String, String> canvas = new java.util.LinkedHashMap<>();
        Experience latitudesWork = c3.getExperiences().get(0);
        Experience museumSurvey = c3.getExperiences().get(1);
        canvas.put("experience." + latitudesWork.getId() + ".title", "Latitudes' work in higher-education curricula");
        canvas.put(
                "experience." + museumSurvey.getId() + ".title",
                "A survey for the Muséum on ecology in digital degrees");
        canvas.put(
                "problem." + p1.getId() + ".title",
                "Little is known about the place of ecology and transition in digital degrees");
        canvas.put("problem." + p1.getId() + ".description", "Existing courses need a diagnosis to find levers.");
        canvas.put("problem." + p2.getId() + ".title", "The societal dimension is still missing from many curricula");
        canvas.put("problem." + p2.getId() + ".description", "Teaching teams lack resources and time to bring it in.");
        canvas.put(
                "impact." + impact.getId() + ".title",
                "Example (fictitious data): digital curricula that take up these questions");
        canvas.put(
                "impact." + impact.getId() + ".indicator",
                "Share of partner digital courses with an ethics and environment module");
        translate("coalition", c3.getId(), canvas);
        translate(
                "axis",
                environment.getId(),
                Map.of(
                        "name",
                        "Environmental dimension",
                        "description",
                        "Coalitions that put digital technology at the service of the ecological transition"
                                + " and reduce its footprint."));
        translate(
                "axis",
                democracy.getId(),
                Map.of(
                        "name",
                        "Democracy, ethics and liberties",
                        "description",
                        "Coalitions that defend liberties, ethics and democratic participation in a digital"
                                + " world."));
        translate(
                "axis",
                inclusion.getId(),
                Map.of(
                        "name",
                        "Inclusion, capacity-building, education and emancipation",
                        "description",
                        "Coalitions that give everyone the means to understand and choose their digital"
                                + " technology."));
        translate(
                "event",
                conference.getId(),
                Map.of(
                        "title",
                        "RESET Conference",
                        "description",
                        "The RESET conference of 3 December 2019, a milestone of the programme after which"
                                + " the MEL decided to set up territorial coalitions."));
        translate(
                "event",
                resetDay4.getId(),
                Map.of(
                        "title",
                        "Reset Day 4",
                        "description",
                        "A dense online day, organised by the Fing and its partners, to reach new people,"
                                + " animate a heterogeneous network, gather intentions to act and show how #Reset"
                                + " coalitions work."));
        translate("event_session", plenary.getId(), Map.of("title", "Plenary session"));
        translate(
                "event_session",
                c3Session.getId(),
                Map.of("title", "Testimonies: coalition #3, higher digital education"));
        translate(
                "event_session",
                territorySession.getId(),
                Map.of("title", "Testimonies: coalitions in the territories"));
        translate("event_session", workshops.getId(), Map.of("title", "Coalition workshops"));
        em.flush();
    }

    /** Who translated the demo data, and when (the texts are ours, not the source's). */
    static final String DEMO_TRANSLATOR = "Fabrique demo data";

    private void translate(String kind, long id, Map<String, String> texts) {
        OffsetDateTime at = OffsetDateTime.of(2020, 5, 4, 10, 0, 0, 0, java.time.ZoneOffset.UTC);
        texts.forEach((field, text) -> {
            ContentTranslation t = new ContentTranslation(kind, id, field, "en");
            t.write(text, DEMO_TRANSLATOR, at);
            em.persist(t);
        });
    }

    static final String RESET_DAY_4_NOTE = """
            Le **Reset Day 4** s'est tenu en ligne le 21 avril 2020, avec une trentaine de participants : une \
            séance plénière, des témoignages de membres de la communauté et des ateliers de coalitions.

            ## Pourquoi des Reset Days

            Toucher de nouvelles personnes, animer un réseau hétérogène, recueillir les premières intentions \
            d'agir de groupes et d'organisations, et montrer comment fonctionnent les coalitions #Reset.

            ## Ce qu'est une coalition

            Une intention transformatrice, une vision, des expériences, des problèmes, et les acteurs avec \
            lesquels s'allier pour les résoudre. Former une coalition prend du temps : des acteurs de cultures \
            différentes négocient, se fixent des objectifs communs et décrivent les impacts qu'ils veulent \
            mesurer. Ce temps long construit la confiance et l'engagement. Un point de vigilance : éviter \
            qu'un partenaire financeur ne s'approprie la coalition.

            ## La coalition #3

            *Pour des formations supérieures numériques intégrant les questions éthiques sociales et \
            environnementales* : témoignages d'Augustin Courtier (Latitudes) et de Joffrey Lavigne, qui \
            enquête pour le Muséum sur la place de l'écologie dans les diplômes numériques.

            ## Communs numériques

            Un sujet riche mais difficile à inscrire dans une logique d'impact : il est proposé de le scinder \
            en **communs logiciels** et **communs de la connaissance**.

            ## Les territoires

            La Métropole Européenne de Lille décline les coalitions sur son territoire ; la Banque des \
            Territoires prépare un livret « RESET pour les territoires ».
            """;

    /** Subjects of the demo users of the local realm end with their number (1 = member...). */
    static final String DEMO_SUBJECT_PREFIX = "00000000-0000-4000-8000-00000000000";

    private Account account(String subject, String username, String name) {
        Account account = new Account(subject);
        account.setUsername(username);
        account.setDisplayName(name);
        em.persist(account);
        return account;
    }

    private Axis axis(String slug, String name, String description, String colour, int position) {
        Axis axis = new Axis(slug);
        axis.setName(name);
        axis.setDescription(description);
        axis.setColour(colour);
        axis.setPosition(position);
        em.persist(axis);
        return axis;
    }

    private Territory territory(String slug, String name, TerritoryKind kind, String code, Territory parent) {
        Territory t = new Territory(slug);
        t.setName(name);
        t.setKind(kind);
        t.setCode(code);
        t.setParentId(parent == null ? null : parent.getId());
        em.persist(t);
        return t;
    }

    private Actor actor(
            String slug, String name, ActorKind kind, String description, Territory territory, List<String> expertise) {
        Actor a = new Actor(slug);
        a.setName(name);
        a.setKind(kind);
        a.setDescription(description);
        a.setTerritoryId(territory == null ? null : territory.getId());
        a.getExpertise().addAll(expertise);
        em.persist(a);
        return a;
    }

    private Person person(String slug, String fullName, String roleTitle, Actor actor) {
        Person p = new Person(slug);
        p.setFullName(fullName);
        p.setRoleTitle(roleTitle);
        p.setActorId(actor.getId());
        em.persist(p);
        return p;
    }

    private Coalition coalition(
            int number,
            String slug,
            String title,
            String summary,
            Stage stage,
            List<Axis> axes,
            List<String> keywords) {
        Coalition c = new Coalition(number, slug);
        c.setTitle(title);
        c.setSummary(summary);
        c.setStage(stage);
        axes.forEach(a -> c.getAxisIds().add(a.getId()));
        c.getKeywords().addAll(keywords);
        em.persist(c);
        return c;
    }

    private void experience(Coalition c, int position, String title, String url) {
        Experience e = new Experience(c);
        e.setPosition(position);
        e.setTitle(title);
        e.setUrl(url);
        c.getExperiences().add(e);
    }

    private CoalitionProblem problem(
            Coalition c, int position, String title, String description, List<String> allyKinds) {
        CoalitionProblem p = new CoalitionProblem(c);
        p.setPosition(position);
        p.setTitle(title);
        p.setDescription(description);
        p.getAllyKinds().addAll(allyKinds);
        c.getProblems().add(p);
        return p;
    }

    /**
     * "Inter-territorial exchanges share practices and experiences": the exchange and the MEL's
     * report are the source's facts (its approach after the 3 December conference); the region
     * taking part and its report are samples.
     */
    private void exchanges(Territory mel, Territory region, Coalition c3, Coalition commons) {
        Exchange exchange = new Exchange("echanges-inter-territoriaux-reset");
        exchange.setTitle("Échanges inter-territoriaux #Reset");
        exchange.setDescription("Chaque territoire participant construit sa boîte à outils pour agir chez lui :"
                + " ressources partagées, visibilité des initiatives locales sur les différentes coalitions."
                + " Les échanges inter-territoriaux permettent de partager pratiques et expériences.");
        exchange.getTerritoryIds().addAll(List.of(mel.getId(), region.getId()));
        exchange.getCoalitionIds().addAll(List.of(c3.getId(), commons.getId()));
        em.persist(exchange);
        ExperienceReport melReport = new ExperienceReport(exchange);
        melReport.setTerritoryId(mel.getId());
        melReport.setTitle("Des coalitions territoriales à plusieurs niveaux de la métropole");
        melReport.setBody("Partenaire de RESET dès 2019, la Métropole Européenne de Lille a décidé après la"
                + " conférence du 3 décembre de mettre en place des coalitions territoriales. La démarche joue à"
                + " plusieurs niveaux de la collectivité : direction générale, directions opérationnelles, réseau."
                + " Elle a été présentée aux directions concernées par le numérique (développement économique,"
                + " systèmes d'information, réseaux d'infrastructures numériques, R&D, relation usagers). Six ou"
                + " sept coalitions « prioritaires » ont été présentées début mars 2020 : décrites, partenaires"
                + " nationaux identifiés, partenaires territoriaux recherchés, engagements tenables fixés.");
        em.persist(melReport);
        ExperienceReport regionReport = new ExperienceReport(exchange);
        regionReport.setTerritoryId(region.getId());
        regionReport.setCoalitionId(c3.getId());
        regionReport.setTitle("Relayer la coalition auprès des universités (exemple)");
        regionReport.setBody("Exemple de retour d'expérience : la région présente la coalition aux universités"
                + " et écoles de son territoire et cherche des partenaires pour ouvrir des modules de cours.");
        regionReport.setSample(true);
        em.persist(regionReport);
        ExperienceReport melOnC3 = new ExperienceReport(exchange);
        melOnC3.setTerritoryId(mel.getId());
        melOnC3.setCoalitionId(c3.getId());
        melOnC3.setTitle("Chercher les universités et écoles de la métropole (exemple)");
        melOnC3.setBody("Exemple de retour d'expérience : la métropole, contributrice de la coalition, cherche"
                + " parmi les universités et écoles de son territoire des partenaires pour la décliner.");
        melOnC3.setSample(true);
        em.persist(melOnC3);
    }

    private void membership(Coalition c, Actor actor, MembershipRole role, String commitment) {
        Membership m = new Membership(c, actor.getId());
        m.setRole(role);
        m.setCommitment(commitment);
        m.setStatus(MembershipStatus.CONFIRMED);
        em.persist(m);
    }

    private TerritorialCoalition territorial(Coalition c, Territory territory, Positioning positioning) {
        TerritorialCoalition tc = new TerritorialCoalition(c, territory.getId());
        tc.setPositioning(positioning);
        tc.setPriority(true);
        tc.setStatus(TerritorialStatus.COMMITMENTS_SET);
        tc.setCommitments("Engagements tenables fixés lors de la présentation des coalitions prioritaires (exemple).");
        tc.setSample(true);
        em.persist(tc);
        return tc;
    }

    private Event event(
            String slug,
            String title,
            EventKind kind,
            String description,
            LocalDateTime start,
            LocalDateTime end,
            EventFormat format,
            Integer participants) {
        Event e = new Event(slug);
        e.setTitle(title);
        e.setKind(kind);
        e.setDescription(description);
        e.setStartsAt(start.atZone(PARIS).toOffsetDateTime());
        e.setEndsAt(end.atZone(PARIS).toOffsetDateTime());
        e.setTimeZone(PARIS.getId());
        e.setFormat(format);
        e.setParticipantsCount(participants);
        em.persist(e);
        return e;
    }

    private EventSession session(
            Event event, int position, String title, SessionKind kind, Coalition coalition, List<Person> speakers) {
        EventSession s = new EventSession(event);
        s.setPosition(position);
        s.setTitle(title);
        s.setKind(kind);
        s.setCoalitionId(coalition == null ? null : coalition.getId());
        speakers.forEach(p -> s.getSpeakerIds().add(p.getId()));
        event.getSessions().add(s);
        em.persist(s);
        return s;
    }

    private void testimony(
            Person person, Actor actor, Coalition coalition, Event event, EventSession session, String summary) {
        Testimony t = new Testimony(person.getId());
        t.setActorId(actor.getId());
        t.setCoalitionId(coalition == null ? null : coalition.getId());
        t.setEventId(event.getId());
        t.setSessionId(session.getId());
        t.setSummary(summary);
        em.persist(t);
    }
}
