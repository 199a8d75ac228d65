package org.fabrique.common.error;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * French texts of problems, by English message id ({@link ProblemTexts}). Patterns follow
 * {@link java.text.MessageFormat}: a quote is written twice. French typography: « » and a
 * non-breaking space before : ; ? !
 */
public class ProblemTexts_fr extends ResourceBundle {
    private static final Map<String, String> TEXTS = new HashMap<>();

    @Override
    protected Object handleGetObject(String key) {
        return TEXTS.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(TEXTS.keySet());
    }

    static {
        String[][] texts = {
            // Titles of the problem types (ProblemType)
            {"Bad request", "Requête incorrecte"},
            {"Invalid input", "Données invalides"},
            {"Authentication required", "Authentification requise"},
            {"Forbidden", "Accès refusé"},
            {"Not found", "Introuvable"},
            {"Method not allowed", "Méthode non autorisée"},
            {"Not acceptable", "Format non disponible"},
            {"Conflict", "Conflit"},
            {"Precondition failed", "Précondition non satisfaite"},
            {"Payload too large", "Requête trop volumineuse"},
            {"Unsupported media type", "Type de contenu non pris en charge"},
            {"Gone", "Supprimé"},
            {"Too many requests", "Trop de requêtes"},
            {"Internal error", "Erreur interne"},
            {"Service unavailable", "Service indisponible"},
            // Details written by ProblemMappers
            {"The request has invalid fields", "La requête contient des champs invalides"},
            {"The request body is not valid JSON", "Le corps de la requête n’est pas du JSON valide"},
            {"Unknown property ''{0}''", "Propriété inconnue « {0} »"},
            {"unknown property", "propriété inconnue"},
            {
                "A property has a value outside its allowed values",
                "Une propriété a une valeur hors de ses valeurs permises"
            },
            {"must be one of {0}", "doit être l’une des valeurs {0}"},
            {
                "A property has a value of the wrong type or format",
                "Une propriété a une valeur du mauvais type ou format"
            },
            {"A property has a value of the wrong type", "Une propriété a une valeur du mauvais type"},
            {"invalid value", "valeur invalide"},
            {"Your roles do not allow this operation", "Vos rôles ne permettent pas cette opération"},
            {
                "This conflicts with an existing record (a unique value is taken)",
                "Conflit avec un enregistrement existant (une valeur unique est déjà prise)"
            },
            {
                "The request holds a value that cannot be stored (a NUL character, or a number out of range)",
                "La requête contient une valeur impossible à enregistrer (un caractère NUL ou un nombre hors limites)"
            },
            {
                "The service is overloaded or its database is unreachable; retry shortly",
                "Le service est surchargé ou sa base de données injoignable ; réessayez dans un instant"
            },
            {"No resource at this address", "Aucune ressource à cette adresse"},
            {"This method is not allowed on this resource", "Cette méthode n’est pas permise sur cette ressource"},
            {
                "This resource cannot be represented in the requested media type",
                "Cette ressource ne peut être représentée dans le type de contenu demandé"
            },
            {
                "Send the request body as application/merge-patch+json (RFC 7396)",
                "Envoyez le corps de la requête en application/merge-patch+json (RFC 7396)"
            },
            {"Send the request body as application/json", "Envoyez le corps de la requête en application/json"},
            {"The request is malformed", "La requête est mal formée"},
            {
                "An unexpected error occurred; it has been logged",
                "Une erreur inattendue s’est produite ; elle a été journalisée"
            },
            {"Sign in with a valid bearer token", "Connectez-vous avec un jeton (bearer) valide"},
            {
                "The resource changed since you read it (another update came first); reload it and retry",
                "La ressource a changé depuis votre lecture (une autre modification est passée avant) ; rechargez-la et réessayez"
            },
            {
                "The resource was changed by someone else meanwhile; reload it and retry",
                "Quelqu’un d’autre a modifié la ressource entre-temps ; rechargez-la et réessayez"
            },
            {
                "The resource changed since you read it (If-Match does not match its current ETag); reload it and retry",
                "La ressource a changé depuis votre lecture (If-Match ne correspond pas à son ETag actuel) ; rechargez-la et réessayez"
            },
            {
                "The resource is not in the version named by If-Match; reload it",
                "La ressource n’est pas dans la version indiquée par If-Match ; rechargez-la"
            },
            {"The patched representation is not a valid input", "La représentation modifiée n’est pas une entrée valide"
            },
            // Details of the domain (DomainException)
            {"No {0} with key ''{1}''", "Introuvable : {0} « {1} »"},
            {"Slug ''{1}'' is already used by another {0}", "Le slug « {1} » est déjà pris ({0})"},
            {"A coalition with slug ''{0}'' already exists", "Une coalition a déjà le slug « {0} »"},
            {"Coalition number {0} is taken", "Le numéro de coalition {0} est déjà pris"},
            {"You do not coordinate coalition #{0}", "Vous ne coordonnez pas la coalition n° {0}"},
            {
                "You neither coordinate coalition #{0} nor manage this territory",
                "Vous ne coordonnez pas la coalition n° {0} et ne gérez pas ce territoire"
            },
            {"Invalid query parameter ''{0}''", "Paramètre de requête invalide « {0} »"},
            {"Comments are closed on this coalition", "Les commentaires sont fermés sur cette coalition"},
            {"Comments are closed on this note", "Les commentaires sont fermés sur cette note"},
            {
                "Only editors and administrators see draft notes",
                "Seuls les éditeurs et les administrateurs voient les brouillons de notes"
            },
            {"This engagement is already withdrawn", "Cet engagement est déjà retiré"},
            {"This erasure link was already used", "Ce lien d’effacement a déjà servi"},
            {
                "This delivery was acknowledged by the receiver; it is not sent again",
                "Le destinataire a accusé réception de cette livraison ; elle n’est pas renvoyée"
            },
            {"No translation in this language", "Aucune traduction dans cette langue"},
            {
                "The original text cannot be deleted as a translation",
                "Le texte original ne peut pas être supprimé comme une traduction"
            },
            // Field messages
            {"unknown {0} ''{1}''", "{0} inconnu(e) : « {1} »"},
            {"must be between {0} and {1}", "doit être compris entre {0} et {1}"},
            {"must be an integer", "doit être un nombre entier"},
            {"must not be blank", "ne doit pas être vide"},
            {"must not be before startsAt", "ne doit pas précéder startsAt"},
            {"must be an IANA time zone id such as Europe/Paris", "doit être un fuseau horaire IANA comme Europe/Paris"
            },
            {"must be an http(s) URL", "doit être une URL http(s)"},
            {"must be a valid absolute URL", "doit être une URL absolue valide"},
            {"must be an absolute http or https URL", "doit être une URL absolue http ou https"},
            {"must name a host", "doit nommer un hôte"},
            {
                "must have neither user information nor fragment",
                "ne doit avoir ni informations d’utilisateur ni fragment"
            },
            {
                "must be an ISO-8601 date or date-time with offset",
                "doit être une date ISO 8601 ou une date-heure avec décalage"
            },
            {"must be true or false", "doit valoir true ou false"},
            {"must hold at least 2 letters or digits", "doit contenir au moins 2 lettres ou chiffres"},
            {
                "must contain text once unsupported HTML is removed",
                "doit contenir du texte une fois le HTML non pris en charge retiré"
            },
            {"is required", "est obligatoire"},
            {"is not a cursor handed out by this API", "n’est pas un curseur fourni par cette API"},
            {"is not a session of this event", "n’est pas une séance de cet événement"},
            {
                "is not a session of this event, or is listed twice",
                "n’est pas une séance de cet événement, ou figure deux fois"
            },
            {"needs the event the session belongs to", "demande l’événement auquel appartient la séance"},
            {"a coalition cannot descend from itself", "une coalition ne peut pas descendre d’elle-même"},
            {"not an experience of this coalition", "n’est pas une expérience de cette coalition"},
            {"not a problem of this coalition", "n’est pas un problème de cette coalition"},
            {"not an impact of this coalition", "n’est pas un impact de cette coalition"},
            {"give a label or an actor", "indiquez un libellé ou un acteur"},
            {
                "pilots are named by the coalition's coordinators",
                "les pilotes sont désignés par les coordinateurs de la coalition"
            },
            {"no published comment with this id here", "aucun commentaire publié avec cet identifiant ici"},
            {
                "replies are one level deep: answer the first comment",
                "les réponses n’ont qu’un niveau : répondez au premier commentaire"
            },
            {"required to mark a duplicate", "obligatoire pour marquer un doublon"},
            {"unknown suggestion or one of those decided", "suggestion inconnue ou déjà tranchée"},
            {"only with the action DUPLICATE", "seulement avec l’action DUPLICATE"},
            {"only with the action ACCEPT", "seulement avec l’action ACCEPT"},
            {"must be a language among {0}", "doit être une langue parmi {0}"},
            {"coalition {0} is not declined in this territory", "la coalition {0} n’est pas déclinée dans ce territoire"
            },
            {
                "The Content-Language header must name one language among {0}",
                "L’en-tête Content-Language doit nommer une langue parmi {0}"
            },
            {
                "Actor ''{0}'' is already proposed, invited or engaged in this coalition",
                "L’acteur « {0} » est déjà proposé, invité ou engagé dans cette coalition"
            },
            {
                "Only the people of actor ''{0}'' may answer its invitation",
                "Seules les personnes de l’acteur « {0} » peuvent répondre à son invitation"
            },
            {
                "Only an invitation waiting for its answer can be answered",
                "Seule une invitation en attente de réponse peut recevoir une réponse"
            },
            {
                "Only editors and the managers of a territory taking part may do this",
                "Seuls les éditeurs et les gestionnaires d’un territoire participant peuvent le faire"
            },
            {
                "Only editors and the managers of the reporting territory may do this",
                "Seuls les éditeurs et les gestionnaires du territoire qui témoigne peuvent le faire"
            },
            {"An exchange links at least two territories", "Un échange relie au moins deux territoires"},
            {"The territory does not take part in this exchange", "Ce territoire ne participe pas à cet échange"},
            // Words used in messages (ProblemTexts.Term)
            {"coalition", "coalition"},
            {"axis", "axe"},
            {"territory", "territoire"},
            {"actor", "acteur"},
            {"event", "événement"},
            {"note", "note"},
            {"person", "personne"},
            {"resource", "ressource"},
            {"initiative", "initiative"},
            {"testimony", "témoignage"},
            {"account", "compte"},
            {"membership", "engagement"},
            {"webhook", "webhook"},
            {"measure", "mesure"},
            {"impact", "impact"},
            {"delivery", "livraison"},
            {"territorial coalition", "coalition territoriale"},
            {"valid erasure link", "lien d’effacement valide"},
            {"session", "séance"},
            {"suggestion", "suggestion"},
            {"comment", "commentaire"},
            {"exchange", "échange"},
            {"experience report", "retour d’expérience"},
        };
        for (String[] text : texts) {
            TEXTS.put(text[0], text[1]);
        }
    }
}
