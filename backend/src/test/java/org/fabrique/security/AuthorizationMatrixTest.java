package org.fabrique.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.fabrique.support.Keycloak;
import org.fabrique.support.Partners;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, called by every kind of caller with a real
 * Keycloak token, against the expected outcome. An operation without a row in {@link #RULES} fails
 * the test, so a new endpoint cannot ship without its authorisation decided.
 *
 * <p>Allowed writes are sent an empty body (or aimed at a missing sub-resource) so that they prove
 * the caller got past authorisation (400/404/409) without changing the demo data; the right is
 * always checked before the body is validated.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    static final String ANONYMOUS = "anonymous";
    static final String MEMBER = "member";
    static final String OWNER = "coordinator"; // named coordinator of coalition #3 in the demo data
    static final String OTHER_COORDINATOR = "coordinator2"; // coordinates nothing
    static final String TERRITORY_MANAGER = "territory-manager"; // manages the MEL
    static final String EDITOR = "editor";
    static final String MODERATOR = "moderator";
    static final String ADMIN = "admin";
    static final String PARTNER = "partner";
    static final List<String> CALLERS =
            List.of(ANONYMOUS, MEMBER, OWNER, OTHER_COORDINATOR, TERRITORY_MANAGER, EDITOR, MODERATOR, ADMIN, PARTNER);
    static final Set<String> EVERYONE_SIGNED_IN = Set.copyOf(CALLERS.subList(1, CALLERS.size()));

    /** operationId -> the callers allowed; everyone else gets 401 (anonymous) or 403. */
    static final Map<String, Set<String>> RULES = new TreeMap<>();

    static {
        Set<String> admin = Set.of(ADMIN);
        Set<String> adminCoordinators = Set.of(ADMIN, OWNER, OTHER_COORDINATOR);
        Set<String> coalitionOwner = Set.of(ADMIN, OWNER);
        Set<String> declension = Set.of(ADMIN, OWNER, TERRITORY_MANAGER);
        Set<String> editors = Set.of(ADMIN, EDITOR);
        Set<String> people = Set.of(ADMIN, EDITOR, OWNER, OTHER_COORDINATOR);
        Set<String> toolbox = Set.of(ADMIN, EDITOR, TERRITORY_MANAGER);
        Set<String> testimonies = Set.of(ADMIN, EDITOR, OWNER, OTHER_COORDINATOR);
        // Ownership (issue 12): Latitudes, Augustin Courtier (who acts for it) and his testimony belong
        // to admins, editors, "member" (linked to Latitudes) and the coordinator of #3, the one
        // coalition Latitudes is a confirmed member of; not to "coordinator2".
        Set<String> latitudesOwners = Set.of(ADMIN, EDITOR, MEMBER, OWNER);
        Set<String> coalitionOwnerAndEditors = Set.of(ADMIN, EDITOR, OWNER);
        for (String read : List.of(
                "listAxes",
                "getAxis",
                "listCoalitions",
                "getCoalition",
                "getCoalitionPermissions",
                "listCoalitionCoordinators",
                "listCoalitionMembers",
                "getCoalitionMember",
                "listCoalitionTerritories",
                "getCoalitionTerritory",
                "listActors",
                "getActor",
                "listActorMemberships",
                "listPeople",
                "getPerson",
                "getTerritoryTree",
                "listTerritories",
                "getTerritory",
                "listTerritoryCoalitions",
                "listTerritoryPlans",
                "getCoalitionHealth",
                "getAllianceGraph",
                "suggestAllies",
                "listExchanges",
                "getExchange",
                "getExperienceReport",
                "listCoalitionExperienceReports",
                "countTerritorialCoalitions",
                "listTerritoryResources",
                "listTerritoryInitiatives",
                "listSharedResources",
                "getSharedResource",
                "listLocalInitiatives",
                "getLocalInitiative",
                "listEvents",
                "getEvent",
                "listNotes",
                "getNote",
                "listTestimonies",
                "getTestimony",
                "getPanorama",
                "search",
                "listChanges",
                "getChangesHead",
                "getOpenDataCatalogue",
                "downloadOpenData",
                "getEventsCalendar",
                "getNotesFeed",
                "getCoalitionsFeed",
                // Participation is open to anyone; the anti-spam rules, not roles, guard it.
                "listNoteComments",
                "listCoalitionComments",
                "getComment",
                "listAxisSuggestions",
                "listCoalitionSuggestions",
                "getSuggestion",
                "createNoteComment",
                "createCoalitionComment",
                "reportComment",
                "reportSuggestion",
                "createAxisSuggestion",
                "createCoalitionSuggestion",
                "createIntention",
                "requestCommentErasure",
                "eraseCommentsByLink")) {
            RULES.put(read, Set.copyOf(CALLERS));
        }
        RULES.put("getMe", EVERYONE_SIGNED_IN);
        for (String op : List.of(
                "getMyProfile",
                "updateMyProfile",
                "listMyFollows",
                "getMyFollow",
                "follow",
                "unfollow",
                "listMyNotifications",
                "countMyUnreadNotifications",
                "markMyNotificationsRead")) {
            RULES.put(op, EVERYONE_SIGNED_IN);
        }
        RULES.put("eraseMyComments", EVERYONE_SIGNED_IN);
        // Proposed coalitions are read and decided by the editors (issue 15, first intentions).
        for (String op : List.of("listIntentions", "getIntention", "decideIntention")) {
            RULES.put(op, editors);
        }
        // Administrators and the MEL's territory manager ("territory-manager" manages it).
        RULES.put("setTerritoryPlans", Set.of(ADMIN, TERRITORY_MANAGER));
        RULES.put("listMyComments", EVERYONE_SIGNED_IN);
        for (String op :
                List.of("listModerationComments", "decideComments", "listModerationSuggestions", "decideSuggestions")) {
            RULES.put(op, Set.of(ADMIN, MODERATOR));
        }
        for (String op : List.of(
                "listAccounts",
                "getAccount",
                "linkAccount",
                "createAxis",
                "updateAxis",
                "deleteAxis",
                "createTerritory",
                "deleteTerritory")) {
            RULES.put(op, admin);
        }
        for (String op : List.of(
                "updateTerritory", "getTerritoryTranslations", "translateTerritory", "deleteTerritoryTranslation")) {
            RULES.put(op, Set.of(ADMIN, TERRITORY_MANAGER));
        }
        RULES.put("createCoalition", adminCoordinators);
        RULES.put("createActor", Set.of(ADMIN, EDITOR, OWNER, OTHER_COORDINATOR));
        for (String op : List.of("updateActor", "updatePerson", "updateTestimony")) {
            RULES.put(op, latitudesOwners);
        }
        // Deletions are aimed at a fresh actor (person, testimony) of #3 per caller (freshOfC3): the
        // coordinator of #3 deletes them, "coordinator2" may not, nor "member" (not linked to it).
        for (String op : List.of("deleteActor", "deletePerson", "deleteTestimony")) {
            RULES.put(op, coalitionOwnerAndEditors);
        }
        for (String op : List.of(
                "updateCoalition",
                "deleteCoalition",
                "addImpactMeasure",
                "updateImpactMeasure",
                "deleteImpactMeasure",
                "addCoalitionMember",
                "updateCoalitionMember",
                "removeCoalitionMember",
                "setCoalitionCoordinators")) {
            RULES.put(op, coalitionOwner);
        }
        for (String op : List.of("getAxisTranslations", "translateAxis", "deleteAxisTranslation")) {
            RULES.put(op, admin);
        }
        for (String op : List.of("getCoalitionTranslations", "translateCoalition", "deleteCoalitionTranslation")) {
            RULES.put(op, coalitionOwner);
        }
        for (String op : List.of(
                "getEventTranslations",
                "translateEvent",
                "translateEventSession",
                "deleteEventTranslation",
                "getNoteTranslations",
                "translateNote",
                "deleteNoteTranslation",
                "listTranslationNeeds")) {
            RULES.put(op, editors);
        }
        RULES.put("decideCommitment", coalitionOwner);
        RULES.put("withdrawCommitment", coalitionOwner);
        // The coalition's coordinators, and "member", whose account acts for Latitudes.
        RULES.put("getCommitmentHistory", Set.of(ADMIN, OWNER, MEMBER));
        RULES.put("listCommitmentRequests", EVERYONE_SIGNED_IN);
        RULES.put(
                "proposeCommitment",
                Set.of(MEMBER, OWNER, OTHER_COORDINATOR, TERRITORY_MANAGER, EDITOR, MODERATOR, ADMIN));
        RULES.put("inviteActor", coalitionOwner);
        // Exchanges: the role check lets editors, admins and territory managers through (the
        // matrix's empty body is then a 400); the service checks their territories (ExchangeTest).
        for (String op : List.of(
                "createExchange",
                "updateExchange",
                "deleteExchange",
                "addExperienceReport",
                "updateExperienceReport",
                "deleteExperienceReport")) {
            RULES.put(op, Set.of(ADMIN, EDITOR, TERRITORY_MANAGER));
        }
        // Every signed-in person passes the role check (the matrix's empty body is then a 400); the
        // service lets only the actor's people answer (InvitationTest).
        RULES.put(
                "answerInvitation",
                Set.of(MEMBER, OWNER, OTHER_COORDINATOR, TERRITORY_MANAGER, EDITOR, MODERATOR, ADMIN));
        for (String op : List.of("addCoalitionTerritory", "updateCoalitionTerritory", "removeCoalitionTerritory")) {
            RULES.put(op, declension);
        }
        RULES.put("createPerson", people);
        for (String op : List.of(
                "createSharedResource",
                "updateSharedResource",
                "getSharedResourceTranslations",
                "translateSharedResource",
                "createLocalInitiative",
                "updateLocalInitiative")) {
            RULES.put(op, toolbox);
        }
        // A missing record: "member", linked to an actor, might own it, so it gets the 404.
        for (String op : List.of("deleteSharedResource", "deleteSharedResourceTranslation", "deleteLocalInitiative")) {
            RULES.put(op, Set.of(ADMIN, EDITOR, TERRITORY_MANAGER, MEMBER));
        }
        for (String op :
                List.of("createEvent", "updateEvent", "deleteEvent", "createNote", "updateNote", "deleteNote")) {
            RULES.put(op, editors);
        }
        // The partner, linked to an actor of its own, creates for that actor (its empty body then
        // fails validation: past authorisation); the demo records it is sent to replace or delete
        // are other actors' (403). PartnerWritesTest covers its own records.
        for (String op : List.of("createSharedResource", "createLocalInitiative")) {
            RULES.put(op, Set.of(ADMIN, EDITOR, TERRITORY_MANAGER, PARTNER));
        }
        RULES.put("createEvent", Set.of(ADMIN, EDITOR, PARTNER));
        RULES.put("createTestimony", testimonies);
        // History (issue 12): read by exactly those who may edit the resource.
        RULES.put("getCoalitionHistory", coalitionOwner);
        RULES.put("getActorHistory", latitudesOwners);
        RULES.put("getPersonHistory", latitudesOwners);
        RULES.put("getTestimonyHistory", latitudesOwners);
        RULES.put("getTerritoryHistory", Set.of(ADMIN, TERRITORY_MANAGER));
        RULES.put("getAxisHistory", admin);
        RULES.put("getSharedResourceHistory", toolbox);
        RULES.put("getLocalInitiativeHistory", toolbox);
        RULES.put("getEventHistory", editors);
        RULES.put("getNoteHistory", editors);
        // A merge patch (PATCH) is allowed to exactly whoever may replace the resource (PUT).
        Map.ofEntries(
                        Map.entry("patchAxis", "updateAxis"),
                        Map.entry("patchTerritory", "updateTerritory"),
                        Map.entry("patchActor", "updateActor"),
                        Map.entry("patchPerson", "updatePerson"),
                        Map.entry("patchCoalition", "updateCoalition"),
                        Map.entry("patchCoalitionMember", "updateCoalitionMember"),
                        Map.entry("patchCoalitionTerritory", "updateCoalitionTerritory"),
                        Map.entry("patchSharedResource", "updateSharedResource"),
                        Map.entry("patchLocalInitiative", "updateLocalInitiative"),
                        Map.entry("patchEvent", "updateEvent"),
                        Map.entry("patchNote", "updateNote"),
                        Map.entry("patchTestimony", "updateTestimony"),
                        Map.entry("patchAccountLinks", "linkAccount"))
                .forEach((patch, put) -> RULES.put(patch, RULES.get(put)));
        // Anyone holding a mail's signed token unsubscribes (no sign-in: it comes from a mail client).
        RULES.put("unsubscribeFromMails", Set.copyOf(CALLERS));
        // Every signed-in person deletes their own account; a partner's service account cannot.
        RULES.put(
                "deleteMyAccount",
                Set.of(MEMBER, OWNER, OTHER_COORDINATOR, TERRITORY_MANAGER, EDITOR, MODERATOR, ADMIN));
        // Webhooks: partners (their own subscriptions) and admins (all of them).
        for (String op : List.of(
                "listWebhooks",
                "createWebhook",
                "getWebhook",
                "updateWebhook",
                "deleteWebhook",
                "rotateWebhookSecret",
                "listWebhookDeliveries",
                "redeliverWebhook")) {
            RULES.put(op, Set.of(ADMIN, PARTNER));
        }
    }

    /**
     * Operations called here only by the callers they refuse: allowed, they cannot be undone (the
     * demo users would be deleted from Keycloak). Their allowed cells have tests of their own
     * (AccountDeletionTest, with a user it creates).
     */
    private static final Set<String> IRREVERSIBLE = Set.of("deleteMyAccount");

    private static final String MISSING = "matrix-missing";
    private static final String C3 = "formations-superieures-numeriques-ethiques";

    record Operation(String method, String template, String operationId) {}

    @Test
    void everyOperationAnswersEveryCallerAsTheRulesSay() {
        Keycloak.requireRunning();
        Partners.link(Keycloak.PARTNER, partnerActor());
        List<Operation> operations = operations();
        List<String> missingRules = new ArrayList<>();
        for (Operation op : operations) {
            if (!RULES.containsKey(op.operationId())) {
                missingRules.add(op.method() + " " + op.template() + " (" + op.operationId() + ")");
            }
        }
        assertTrue(missingRules.isEmpty(), "operations without a row in the matrix: " + missingRules);

        Map<String, String> ids = demoIds();
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Operation op : operations) {
            for (String caller : CALLERS) {
                if (IRREVERSIBLE.contains(op.operationId())
                        && RULES.get(op.operationId()).contains(caller)) {
                    continue;
                }
                cells++;
                String path = path(op, ids, caller);
                Response response = request(caller, op.method(), path);
                int status = response.statusCode();
                boolean allowed = RULES.get(op.operationId()).contains(caller);
                String expected;
                boolean ok;
                if (allowed) {
                    expected = op.method().equals("GET") ? "200" : "past authorisation (not 401/403/5xx)";
                    ok = op.method().equals("GET") ? status == 200 : status != 401 && status != 403 && status < 500;
                } else {
                    int deny = caller.equals(ANONYMOUS) ? 401 : 403;
                    expected = String.valueOf(deny);
                    ok = status == deny && response.contentType().startsWith("application/problem+json");
                }
                if (!ok) {
                    mismatches.add(String.format(
                            "%-28s %-18s %s %s -> %d, expected %s",
                            op.operationId(), caller, op.method(), path, status, expected));
                }
            }
        }
        assertTrue(operations.size() > 60, "the OpenAPI document lists " + operations.size() + " operations");
        assertTrue(
                mismatches.isEmpty(),
                mismatches.size() + " of " + cells + " cells differ:\n" + String.join("\n", mismatches));
    }

    private static List<Operation> operations() {
        JsonPath doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((template, methods) -> methods.forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                operations.add(new Operation(method.toUpperCase(), template, (String) operation.get("operationId")));
            }
        }));
        return operations;
    }

    /** Ids of demo records the paths need, read through the public API. */
    private static Map<String, String> demoIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        JsonPath c3 = given().get("/api/v1/coalitions/" + C3)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        ids.put("impactId", c3.getString("impacts[0].id"));
        ids.put(
                "testimony",
                given().queryParam("person", "augustin-courtier")
                        .get("/api/v1/testimonies")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("items[0].id"));
        ids.put("comment", approvedComment());
        ids.put("suggestion", acceptedSuggestion());
        ids.put("intention", pendingIntention());
        ids.put(
                "report",
                given().get("/api/v1/exchanges/echanges-inter-territoriaux-reset")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("reports[0].id"));
        // a subscription of the partner, which the admin sees too
        ids.put(
                "webhook",
                given().auth()
                        .oauth2(Keycloak.partnerToken())
                        .contentType("application/json")
                        .body(Map.of("targetUrl", "http://127.0.0.1:9/matrix", "eventTypes", List.of("axis.created")))
                        .post("/api/v1/webhooks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("webhook.id"));
        ids.put(
                "account",
                given().auth()
                        .oauth2(Keycloak.token(OWNER))
                        .get("/api/v1/me")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("id"));
        return ids;
    }

    /** Fills the path template; writes that would change the demo data aim at missing records. */
    private String path(Operation op, Map<String, String> ids, String caller) {
        String t = op.template().replace("{type}", "coalition");
        boolean delete = op.method().equals("DELETE");
        String slug;
        boolean partnerOwned = t.startsWith("/api/v1/resources")
                || t.startsWith("/api/v1/initiatives")
                || t.startsWith("/api/v1/events");
        Fresh fresh = OWNED_DELETES.contains(op.operationId()) && !caller.equals(ANONYMOUS) ? freshOfC3() : null;
        if (fresh != null) {
            slug = op.operationId().equals("deleteActor") ? fresh.actor() : fresh.person();
        } else if (t.startsWith("/api/v1/coalitions/{slug}")) {
            slug = op.operationId().equals("deleteCoalition") ? freshOwnedCoalition(ids) : C3;
        } else if (t.startsWith("/api/v1/me/follows")) {
            slug = C3;
        } else if (delete && !(caller.equals(PARTNER) && partnerOwned)) {
            // The partner is refused on the demo records before anything is deleted.
            slug = MISSING;
        } else if (t.startsWith("/api/v1/axes")) {
            slug = "environnement";
        } else if (t.startsWith("/api/v1/actors")) {
            slug = "latitudes";
        } else if (t.startsWith("/api/v1/people")) {
            slug = "augustin-courtier";
        } else if (t.startsWith("/api/v1/territories")) {
            slug = "metropole-europeenne-de-lille";
        } else if (t.startsWith("/api/v1/resources")) {
            slug = "reset-pour-les-territoires";
        } else if (t.startsWith("/api/v1/initiatives")) {
            slug = "mel-partage-actions";
        } else if (t.startsWith("/api/v1/events")) {
            slug = "reset-day-4";
        } else if (t.startsWith("/api/v1/notes")) {
            slug = "notes-du-reset-day-4";
        } else if (t.startsWith("/api/v1/exchanges")) {
            slug = "echanges-inter-territoriaux-reset";
        } else {
            slug = MISSING;
        }
        String id = t.startsWith("/api/v1/webhooks") && !delete
                ? ids.get("webhook")
                : t.startsWith("/api/v1/accounts")
                        ? ids.get("account")
                        : t.startsWith("/api/v1/comments")
                                ? ids.get("comment")
                                : t.startsWith("/api/v1/suggestions")
                                        ? ids.get("suggestion")
                                        : t.startsWith("/api/v1/intentions")
                                                ? ids.get("intention")
                                                : t.startsWith("/api/v1/exchanges") && !delete
                                                        ? ids.get("report")
                                                        : fresh != null
                                                                ? fresh.testimony()
                                                                : delete ? "999999999" : ids.get("testimony");
        String query = op.operationId().equals("search")
                ? "?q=communs"
                : op.operationId().equals("listChanges")
                        ? "?after="
                                + given().get("/api/v1/changes/head")
                                        .then()
                                        .extract()
                                        .path("cursor")
                        : "";
        return t.replace("{slug}", slug)
                        .replace("{id}", id)
                        .replace("{impactId}", ids.get("impactId"))
                        .replace("{measureId}", "999999999")
                        // Not a language: writes of translations stop at validation, past authorisation.
                        .replace("{lang}", "xx")
                        .replace("{sessionId}", "999999999")
                        .replace("{deliveryId}", "999999999")
                        .replace("{token}", "not-a-valid-erasure-token")
                        // Members: the demo member for reads and updates, a missing one for removal.
                        .replace("{actorSlug}", delete || changesState(op) ? MISSING : "latitudes")
                        // Declensions: the MEL's for reads and updates; for removal Lille, below the MEL,
                        // where #3 is not declined (so nothing is removed).
                        .replace("{territorySlug}", delete ? "lille" : "metropole-europeenne-de-lille")
                + query;
    }

    /** Deletions of owned records, each aimed at a fresh record of #3 so that every caller meets one. */
    private static final Set<String> OWNED_DELETES = Set.of("deleteActor", "deletePerson", "deleteTestimony");

    record Fresh(String actor, String person, String testimony) {}

    /** An actor confirmed in #3 only (so "coordinator" owns it), a person for it and their testimony. */
    private static Fresh freshOfC3() {
        String admin = Keycloak.token(ADMIN);
        String actor = given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("name", "Matrix actor " + System.nanoTime(), "kind", "ASSOCIATION"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("actor", actor, "role", "CONTRIBUTOR", "status", "CONFIRMED"))
                .post("/api/v1/coalitions/" + C3 + "/members")
                .then()
                .statusCode(201);
        String person = given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("fullName", "Matrix person " + System.nanoTime(), "actor", actor))
                .post("/api/v1/people")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        String testimony = given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("person", person, "actor", actor, "coalition", C3, "summary", "Matrix testimony"))
                .post("/api/v1/testimonies")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        return new Fresh(actor, person, testimony);
    }

    /** A fresh actor for the partner to act for: none of the demo records belongs to it. */
    private static String partnerActor() {
        return given().auth()
                .oauth2(Keycloak.token(ADMIN))
                .contentType("application/json")
                .body(Map.of("name", "Matrix partner " + System.nanoTime(), "kind", "ASSOCIATION"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    /** A comment on the demo note, approved by the admin: the public can read it. */
    private static String approvedComment() {
        String id = given().contentType("application/json")
                .header("X-Forwarded-For", "192.0.2.77")
                .body(Map.of(
                        "authorName",
                        "Matrix",
                        "email",
                        "matrix-" + System.nanoTime() + "@example.org",
                        "body",
                        "A comment for the authorisation matrix " + System.nanoTime(),
                        "formStartedAt",
                        java.time.OffsetDateTime.now().minusMinutes(1).toString()))
                .post("/api/v1/notes/notes-du-reset-day-4/comments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        given().auth()
                .oauth2(Keycloak.token(ADMIN))
                .contentType("application/json")
                .body(Map.of("ids", List.of(Long.parseLong(id)), "action", "APPROVE", "reason", "matrix"))
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(200);
        return id;
    }

    /** A missing subject suggested for an axis, accepted by the admin. */
    /** A proposed coalition waiting for the editors (the matrix's decisions stop at validation). */
    private static String pendingIntention() {
        return given().header("X-Forwarded-For", "10.77.0." + (1 + new java.util.Random().nextInt(250)))
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Matrice " + System.nanoTime(),
                        "axes",
                        List.of("environnement"),
                        "authorName",
                        "Matrice",
                        "email",
                        "matrice-" + System.nanoTime() + "@example.org",
                        "formStartedAt",
                        java.time.OffsetDateTime.now().minusMinutes(1).toString()))
                .post("/api/v1/intentions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    private static String acceptedSuggestion() {
        String id = given().contentType("application/json")
                .header("X-Forwarded-For", "192.0.2.78")
                .body(Map.of(
                        "kind",
                        "MISSING_SUBJECT",
                        "title",
                        "Matrix subject " + System.nanoTime(),
                        "authorName",
                        "Matrix",
                        "email",
                        "matrix-" + System.nanoTime() + "@example.org",
                        "formStartedAt",
                        java.time.OffsetDateTime.now().minusMinutes(1).toString()))
                .post("/api/v1/axes/environnement/suggestions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        given().auth()
                .oauth2(Keycloak.token(ADMIN))
                .contentType("application/json")
                .body(Map.of("ids", List.of(Long.parseLong(id)), "action", "ACCEPT", "note", "matrix"))
                .post("/api/v1/moderation/suggestions/decisions")
                .then()
                .statusCode(200);
        return id;
    }

    /** Operations that would change an engagement of the demo data if they got through. */
    private static boolean changesState(Operation op) {
        return op.operationId().equals("withdrawCommitment") || op.operationId().equals("decideCommitment");
    }

    /** A coalition created by the admin and coordinated by "coordinator", deleted by the matrix. */
    private static String freshOwnedCoalition(Map<String, String> ids) {
        String admin = Keycloak.token(ADMIN);
        String slug = given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("title", "Matrix coalition " + System.nanoTime(), "stage", "EMERGING"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("accounts", List.of(Long.parseLong(ids.get("account")))))
                .put("/api/v1/coalitions/" + slug + "/coordinators")
                .then()
                .statusCode(200);
        return slug;
    }

    private static Response request(String caller, String method, String path) {
        RequestSpecification spec = given().redirects().follow(false);
        Supplier<String> token = switch (caller) {
            case ANONYMOUS -> null;
            case PARTNER -> Keycloak::partnerToken;
            default -> () -> Keycloak.token(caller);
        };
        if (token != null) {
            spec = spec.auth().oauth2(token.get());
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            String body = path.endsWith("/territories") ? "{\"territory\": \"metropole-europeenne-de-lille\"}" : "{}";
            spec = spec.contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                    .body(body);
        }
        return spec.request(method, path);
    }
}
