-- Fabrique benchmark data set: fills an EMPTY database migrated by the backend's Flyway (V1) with
-- synthetic records, all marked sample = true, kept apart from the demo data (its own database,
-- fabrique_bench). Deterministic: every "random" choice is a hash of the row number, so two runs
-- give the same rows. Takes a few seconds.
--
--   5 axes, 30 territories (nation > regions > départements > metropolises > communes),
--   2,000 actors (+ 2-4 expertise keywords), 500 persons,
--   10,000 coalitions (numbers 1000-10999, 3-6 keywords from a vocabulary of 200, 1-3 axes,
--   every stage, 5 % with a parent), ~30,000 memberships, 2,000 territorial coalitions,
--   500 events with 3 sessions each, 20,000 published notes (1-3 KB of Markdown each).
--
-- search_title / search_text hold the folded text that org.fabrique.common.text.TextNormalizer
-- computes in Java (lower case, no accents, œ -> oe, anything but letters, digits and '#' ->
-- one space), so accent-insensitive search works: "Éthique" is found by "ethique".
--
-- Usage: psql -h 127.0.0.1 -U postgres -d fabrique_bench -v ON_ERROR_STOP=1 -f bench/seed.sql

\set ON_ERROR_STOP on
set client_min_messages = warning;

begin;

do $$
begin
    if exists (select 1 from axis) or exists (select 1 from coalition) or exists (select 1 from note) then
        raise exception 'seed.sql fills an empty migrated database; this one already has data';
    end if;
end
$$;

-- Helpers (session-local) ----------------------------------------------------------------------

-- A deterministic pseudo-random non-negative int for (row, salt).
create function pg_temp.h(a bigint, salt int) returns int
language sql immutable parallel safe
as $$ select hashint8(a * 1000003 + salt) & 2147483647 $$;

-- A deterministic pseudo-random number in [0, 1).
create function pg_temp.u(a bigint, salt int) returns double precision
language sql immutable parallel safe
as $$ select (hashint8(a * 1000003 + salt) & 2147483647) / 2147483648.0 $$;

-- Removes the accents of the letters used here (replace() is much faster than translate()).
create function pg_temp.unaccent_lower(t text) returns text
language sql immutable parallel safe
as $$
select replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
           t, 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'À', 'a'), 'Â', 'a'), 'Î', 'i'), 'Ô', 'o'), 'Ç', 'c'), 'Œ', 'oe'), 'Æ', 'ae')),
       'à', 'a'), 'â', 'a'), 'ä', 'a'), 'á', 'a'), 'ã', 'a'), 'å', 'a'), 'ç', 'c'), 'é', 'e'), 'è', 'e'), 'ê', 'e'),
       'ë', 'e'), 'í', 'i'), 'ì', 'i'), 'î', 'i'), 'ï', 'i'), 'ñ', 'n'), 'ó', 'o'), 'ò', 'o'), 'ô', 'o'), 'ö', 'o'),
       'õ', 'o'), 'ú', 'u'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ÿ', 'y'), 'œ', 'oe'), 'æ', 'ae')
$$;

-- Same result as TextNormalizer.fold for the text generated here: lower case, no accents, every run
-- of characters other than letters, digits and '#' becomes one space, trimmed.
create function pg_temp.fold(t text) returns text
language sql immutable parallel safe
as $$ select btrim(regexp_replace(pg_temp.unaccent_lower(coalesce(t, '')), '[^a-z0-9#]+', ' ', 'g')) $$;

-- A slug matching Slugs.PATTERN, made unique by a suffix.
create function pg_temp.slug(t text, suffix text) returns text
language sql immutable parallel safe
as $$ select btrim(left(regexp_replace(pg_temp.fold(t), '[^a-z0-9]+', '-', 'g'), 100), '-') || '-' || suffix $$;

-- Word lists (one row) ---------------------------------------------------------------------------
create temp table wl on commit drop as
select
    array[
        'sobriété numérique', 'numérique responsable', 'données ouvertes', 'communs numériques',
        'logiciel libre', 'inclusion numérique', 'médiation numérique', 'éducation', 'formation',
        'éthique', 'démocratie', 'participation citoyenne', 'citoyenneté', 'transparence',
        'vie privée', 'cybersécurité', 'souveraineté', 'accessibilité', 'handicap', 'territoires',
        'ruralité', 'collectivités', 'associations', 'entreprises', 'recherche', 'universités',
        'écoles', 'jeunesse', 'seniors', 'emploi', 'compétences', 'réemploi', 'reconditionnement',
        'réparation', 'recyclage', 'déchets électroniques', 'énergie', 'climat', 'biodiversité',
        'eau', 'mobilité', 'agriculture', 'alimentation', 'santé', 'santé mentale', 'soin',
        'culture', 'patrimoine', 'médias', 'information', 'désinformation', 'journalisme',
        'intelligence artificielle', 'algorithmes', 'plateformes', 'réseaux sociaux', 'modération',
        'gouvernance', 'coopération', 'mutualisation', 'tiers-lieux', 'fablabs', 'makers',
        'low-tech', 'matériel', 'infrastructures', 'centres de données', 'hébergement', 'cloud',
        'interopérabilité', 'standards ouverts', 'identité numérique', 'services publics',
        'dématérialisation', 'illectronisme', 'aidants', 'parentalité', 'égalité femmes-hommes',
        'égalité', 'diversité', 'solidarité', 'économie sociale', 'coopératives', 'financement',
        'mécénat', 'commande publique', 'achats responsables', 'écoconception', 'mesure d''impact',
        'indicateurs', 'évaluation', 'sensibilisation', 'pédagogie', 'bibliothèques', 'archives',
        'encyclopédies libres', 'cartographie', 'géomatique', 'villes intelligentes', 'capteurs',
        'objets connectés', 'télétravail', 'travail', 'syndicats', 'droits', 'libertés', 'justice',
        'sécurité', 'surveillance', 'reconnaissance faciale', 'consentement', 'protection des données',
        'publicité', 'économie de l''attention', 'écrans', 'enfance', 'adolescence', 'jeux vidéo',
        'sport', 'tourisme', 'logement', 'urbanisme', 'quartiers', 'politique de la ville',
        'outre-mer', 'montagne', 'littoral', 'europe', 'international', 'francophonie', 'langues',
        'traduction', 'accessibilité numérique', 'design', 'ergonomie', 'expérience utilisateur',
        'développement', 'code', 'compétences numériques', 'certification', 'conseillers numériques',
        'médiateurs', 'espaces publics numériques', 'équipement', 'connectivité', 'fibre',
        'réseaux mobiles', 'zones blanches', 'satellites', 'énergies renouvelables',
        'sobriété énergétique', 'empreinte carbone', 'analyse de cycle de vie', 'obsolescence',
        'durabilité', 'garantie', 'indice de réparabilité', 'économie circulaire', 'location',
        'partage', 'communs de la connaissance', 'science ouverte', 'éducation populaire',
        'animation', 'volontariat', 'bénévolat', 'engagement', 'jeunes', 'étudiants', 'enseignants',
        'formateurs', 'chercheurs', 'élus', 'agents publics', 'dirigeants', 'salariés',
        'indépendants', 'artisans', 'agriculteurs', 'commerçants', 'jeunes pousses', 'pme',
        'grands groupes', 'fondations', 'philanthropie', 'investissement', 'marchés publics',
        'concurrence', 'régulation', 'loi', 'normes', 'labels', 'charte', 'manifeste', 'plaidoyer',
        'expérimentation', 'prototype', 'essaimage', 'passage à l''échelle', 'réplication',
        'émancipation', 'capacitation', 'littératie', 'esprit critique', 'débat public',
        'concertation', 'budget participatif', 'civic tech', 'open source', 'sobriété'
    ]::text[] as keywords,
    array[
        'Pour des', 'Vers des', 'Construire des', 'Développer des', 'Mutualiser des', 'Outiller des',
        'Rendre accessibles des', 'Soutenir des', 'Réinventer des', 'Essaimer des'
    ]::text[] as t_prefix,
    array[
        'formations', 'services publics', 'données', 'communs', 'outils', 'plateformes', 'réseaux',
        'pratiques', 'usages', 'infrastructures', 'coopérations', 'médiations', 'lieux', 'écoles',
        'logiciels', 'équipements', 'achats', 'algorithmes', 'espaces', 'savoirs'
    ]::text[] as t_noun,
    array[
        'numériques', 'éthiques', 'sobres', 'inclusifs', 'ouverts', 'durables', 'solidaires',
        'responsables', 'accessibles', 'souverains', 'partagés', 'citoyens', 'démocratiques',
        'frugaux', 'libres', 'locaux', 'résilients', 'transparents', 'réparables', 'coopératifs'
    ]::text[] as t_adj,
    array[
        'pour tous', 'dans les territoires ruraux', 'au service de l''intérêt général',
        'pour la transition écologique', 'en Île-de-France', 'pour les jeunes', 'avec les associations',
        'dans l''enseignement supérieur', 'pour les seniors', 'au quotidien', 'entre collectivités',
        'pour la santé', 'dans les quartiers', 'pour la culture', 'en Outre-mer', 'et émancipateurs',
        'pour une société plus juste', 'face à l''urgence climatique', 'en Europe', 'sans exclusion'
    ]::text[] as t_compl,
    array[
        'La coalition réunit associations, collectivités et entreprises autour des enjeux de %s et de %s.',
        'Elle part d''expériences existantes en matière de %s pour outiller les acteurs de %s.',
        'Les partenaires s''engagent à partager leurs ressources sur %s et à mesurer leurs effets sur %s.',
        'Notre intention : faire de %s un levier de transformation, en lien avec %s.',
        'Nous voulons que chaque territoire dispose de solutions ouvertes pour %s et %s.',
        'Les membres croisent leurs cultures pour négocier des objectifs communs sur %s et %s.',
        'La démarche s''appuie sur des communs et sur une gouvernance partagée de %s et de %s.',
        'Des ateliers réguliers évaluent les impacts sur %s et ajustent les engagements liés à %s.',
        'À terme, la coalition vise l''essaimage de ses pratiques de %s et de %s dans d''autres régions.',
        'Le financement reste pluriel afin qu''aucun partenaire ne décide seul des choix sur %s ou %s.',
        'Elle cherche des alliés capables de porter %s auprès des élus et des habitants, notamment sur %s.',
        'Une feuille de route précise les étapes, les indicateurs et les responsabilités sur %s et %s.',
        'Les retours d''expérience montrent que %s progresse lorsque %s est pensé dès le départ.',
        'Plusieurs collectifs locaux ont déjà testé des approches de %s compatibles avec %s.',
        'Le débat a porté sur la place de %s dans les politiques publiques et sur le rôle de %s.',
        'Chacun repart avec des engagements tenables sur %s et un calendrier de travail sur %s.'
    ]::text[] as sentences,
    array[
        'Numérique Solidaire', 'Données Ouvertes', 'Code Commun', 'Tiers-Lieu Partagé', 'Éthique et Technologie',
        'Clic Citoyen', 'Fabrique Numérique', 'Réseau Médiation', 'Atelier Libre', 'Écrans Sages',
        'Inclusion Connectée', 'Savoirs Partagés', 'Réemploi Solidaire', 'Sobriété Active', 'Cité Numérique',
        'Communs Vivants', 'Passerelles Numériques', 'Éducation Ouverte', 'Territoires Connectés', 'Vigie Libertés'
    ]::text[] as actor_core,
    array[
        'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Louise', 'Jeanne', 'Hélène', 'Amélie',
        'Thomas', 'Nicolas', 'Julien', 'Karim', 'Mathieu', 'Antoine', 'François', 'Jérôme', 'Yann', 'Éric'
    ]::text[] as first_names,
    array[
        'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
        'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
        'Morel', 'Girard', 'André', 'Lefort', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez'
    ]::text[] as last_names,
    array[
        'Retour sur l''atelier « %s »', 'Compte rendu : %s et %s', 'Ce que nous avons appris sur %s',
        'Reset Day : %s au cœur des échanges', 'Synthèse de la table ronde sur %s', 'Témoignage : %s en pratique',
        'Cinq idées pour %s', 'Éthique et %s : premiers enseignements', 'Où en est-on de %s ?',
        '%s : les engagements de la coalition'
    ]::text[] as note_titles,
    array[
        'Ce qui a été dit', 'Les constats', 'Les propositions', 'Les prochaines étapes', 'Les questions ouvertes',
        'Les engagements', 'Ce qu''il faut retenir', 'Les ressources citées'
    ]::text[] as headings;

-- Axes ------------------------------------------------------------------------------------------
insert into axis (id, slug, name, description, colour, position, sample, version, created_at, updated_at)
values
    (1, 'environnement', 'Environnement', 'Réduire l''empreinte du numérique et le mettre au service de la transition écologique.', '#2e7d32', 1, true, 0, '2023-01-02 09:00+00', '2023-01-02 09:00+00'),
    (2, 'democratie-ethique-libertes', 'Démocratie, éthique et libertés', 'Un numérique qui protège les libertés et renforce la démocratie.', '#6a1b9a', 2, true, 0, '2023-01-02 09:00+00', '2023-01-02 09:00+00'),
    (3, 'inclusion-education-emancipation', 'Inclusion, capacitation, éducation et émancipation', 'Personne ne doit rester à l''écart du numérique.', '#ef6c00', 3, true, 0, '2023-01-02 09:00+00', '2023-01-02 09:00+00'),
    (4, 'communs-numeriques', 'Communs numériques', 'Logiciels, données et savoirs partagés et gouvernés en commun.', '#1565c0', 4, true, 0, '2023-01-02 09:00+00', '2023-01-02 09:00+00'),
    (5, 'economie-travail-territoires', 'Économie, travail et territoires', 'Un numérique qui crée de la valeur partagée dans les territoires.', '#00838f', 5, true, 0, '2023-01-02 09:00+00', '2023-01-02 09:00+00');

-- Territories (30) -----------------------------------------------------------------------------
insert into territory (id, slug, name, kind, code, parent_id, description, sample, version, created_at, updated_at)
select id, pg_temp.slug(name, 'bench'), name, kind, code, parent_id,
       'Territoire ' || name || ' (données de test de charge).', true, 0,
       '2023-01-02 09:00+00'::timestamptz, '2023-01-02 09:00+00'::timestamptz
from (values
    (1, 'France', 'NATIONAL', 'FR', null::bigint),
    (2, 'Île-de-France', 'REGION', '11', 1), (3, 'Auvergne-Rhône-Alpes', 'REGION', '84', 1),
    (4, 'Nouvelle-Aquitaine', 'REGION', '75', 1), (5, 'Occitanie', 'REGION', '76', 1),
    (6, 'Hauts-de-France', 'REGION', '32', 1), (7, 'Grand Est', 'REGION', '44', 1),
    (8, 'Provence-Alpes-Côte d''Azur', 'REGION', '93', 1), (9, 'Bretagne', 'REGION', '53', 1),
    (10, 'Normandie', 'REGION', '28', 1), (11, 'Pays de la Loire', 'REGION', '52', 1),
    (12, 'Bourgogne-Franche-Comté', 'REGION', '27', 1), (13, 'Centre-Val de Loire', 'REGION', '24', 1),
    (14, 'Corse', 'REGION', '94', 1),
    (15, 'Paris', 'DEPARTEMENT', '75', 2), (16, 'Rhône', 'DEPARTEMENT', '69', 3),
    (17, 'Gironde', 'DEPARTEMENT', '33', 4), (18, 'Haute-Garonne', 'DEPARTEMENT', '31', 5),
    (19, 'Nord', 'DEPARTEMENT', '59', 6), (20, 'Bas-Rhin', 'DEPARTEMENT', '67', 7),
    (21, 'Bouches-du-Rhône', 'DEPARTEMENT', '13', 8), (22, 'Ille-et-Vilaine', 'DEPARTEMENT', '35', 9),
    (23, 'Métropole de Lyon', 'METROPOLIS', '200046977', 16), (24, 'Bordeaux Métropole', 'METROPOLIS', '243300316', 17),
    (25, 'Toulouse Métropole', 'METROPOLIS', '243100518', 18), (26, 'Métropole Européenne de Lille', 'METROPOLIS', '200093201', 19),
    (27, 'Rennes Métropole', 'METROPOLIS', '243500139', 22),
    (28, 'Villeurbanne', 'COMMUNE', '69266', 23), (29, 'Pessac', 'COMMUNE', '33318', 24),
    (30, 'Roubaix', 'COMMUNE', '59512', 26)
) as t(id, name, kind, code, parent_id);

-- Actors (2,000) and their expertise -------------------------------------------------------------
create temp table actor_kw on commit drop as
select a, kw, row_number() over (partition by a order by min(k)) as ord
from (
    select a, k, wl.keywords[1 + floor(cardinality(wl.keywords) * power(pg_temp.u(a, 100 + k), 2))::int] as kw
    from generate_series(1, 2000) a, generate_series(1, 6) k, wl
) x
group by a, kw;
delete from actor_kw where ord > 2 + pg_temp.h(a, 99) % 3;

create temp table actor_src on commit drop as
select a as id,
       kind,
       case kind
           when 'INDIVIDUAL_EXPERT' then wl.first_names[1 + pg_temp.h(a, 3) % 20] || ' ' || wl.last_names[1 + pg_temp.h(a, 4) % 30]
           else case kind
                    when 'ASSOCIATION' then 'Association'
                    when 'LOCAL_AUTHORITY' then 'Collectivité'
                    when 'PUBLIC_BODY' then 'Agence'
                    when 'COMPANY' then 'Société'
                    when 'RESEARCH_EDUCATION' then 'Laboratoire'
                    when 'FUNDER' then 'Fondation'
                    when 'MEDIA' then 'Média'
                    else 'Réseau'
                end || ' ' || wl.actor_core[1 + pg_temp.h(a, 5) % 20] || ' ' || (select name from territory where id = territory_id)
       end as name,
       territory_id,
       format(wl.sentences[1 + pg_temp.h(a, 6) % 16],
              wl.keywords[1 + pg_temp.h(a, 7) % 200], wl.keywords[1 + pg_temp.h(a, 8) % 200]) as description
from (
    select a,
           (array['ASSOCIATION', 'ASSOCIATION', 'ASSOCIATION', 'LOCAL_AUTHORITY', 'LOCAL_AUTHORITY', 'PUBLIC_BODY',
                  'COMPANY', 'COMPANY', 'RESEARCH_EDUCATION', 'FUNDER', 'MEDIA', 'NETWORK', 'INDIVIDUAL_EXPERT'])[1 + pg_temp.h(a, 1) % 13] as kind,
           1 + pg_temp.h(a, 2) % 30 as territory_id
    from generate_series(1, 2000) a
) s, wl;

insert into actor (id, slug, name, kind, description, website, territory_id, sample, search_title, search_text,
                   version, created_at, updated_at)
select s.id, pg_temp.slug(s.name, s.id::text), s.name, s.kind, s.description,
       'https://example.org/acteurs/' || s.id, s.territory_id, true,
       left(pg_temp.fold(s.name), 400),
       left(pg_temp.fold(concat_ws(' ', s.name, s.description, k.kws)), 8000),
       0, '2023-01-05 08:00+00'::timestamptz + s.id * interval '3 hours',
       '2023-01-05 08:00+00'::timestamptz + s.id * interval '3 hours' + (pg_temp.h(s.id, 9) % 90) * interval '1 day'
from actor_src s
join (select a, string_agg(kw, ' ' order by ord) as kws from actor_kw group by a) k on k.a = s.id;

insert into actor_expertise (actor_id, keyword)
select a, kw from actor_kw;

-- Persons (500) -------------------------------------------------------------------------------
insert into person (id, slug, full_name, role_title, bio, actor_id, sample, version, created_at, updated_at)
select p, pg_temp.slug(full_name, p::text), full_name,
       (array['Directrice', 'Chargé de mission', 'Coordinatrice', 'Délégué général', 'Élue au numérique',
              'Chercheuse', 'Médiateur numérique', 'Responsable innovation', 'Présidente', 'Développeur'])[1 + pg_temp.h(p, 12) % 10],
       full_name || ' travaille sur ' || wl.keywords[1 + pg_temp.h(p, 13) % 200] || ' et ' || wl.keywords[1 + pg_temp.h(p, 14) % 200] || '.',
       case when pg_temp.h(p, 15) % 10 = 0 then null else 1 + pg_temp.h(p, 16) % 2000 end,
       true, 0, '2023-01-06 08:00+00'::timestamptz + p * interval '5 hours',
       '2023-01-06 08:00+00'::timestamptz + p * interval '5 hours'
from (
    select p, wl.first_names[1 + pg_temp.h(p, 10) % 20] || ' ' || wl.last_names[1 + pg_temp.h(p, 11) % 30] as full_name
    from generate_series(1, 500) p, wl
) n, wl;

-- Coalitions (10,000): keywords first (they feed search_text) -------------------------------------
create temp table coal_kw on commit drop as
select c, kw, row_number() over (partition by c order by min(k)) as ord
from (
    -- skewed choice (u^2) so that the keyword clouds have heavy and light words
    select c, k, wl.keywords[1 + floor(cardinality(wl.keywords) * power(pg_temp.u(c, 200 + k), 2))::int] as kw
    from generate_series(1, 10000) c, generate_series(1, 9) k, wl
) x
group by c, kw;
delete from coal_kw where ord > 3 + pg_temp.h(c, 199) % 4;

create temp table coal_src on commit drop as
select c as id,
       999 + c as number,
       wl.t_prefix[1 + pg_temp.h(c, 20) % 10] || ' ' || wl.t_noun[1 + pg_temp.h(c, 21) % 20] || ' '
           || wl.t_adj[1 + pg_temp.h(c, 22) % 20] || ' ' || wl.t_compl[1 + pg_temp.h(c, 23) % 20] as title,
       format(wl.sentences[1 + pg_temp.h(c, 24) % 16], wl.keywords[1 + pg_temp.h(c, 25) % 200], wl.keywords[1 + pg_temp.h(c, 26) % 200])
           || ' ' || format(wl.sentences[1 + pg_temp.h(c, 27) % 16], wl.keywords[1 + pg_temp.h(c, 28) % 200], wl.keywords[1 + pg_temp.h(c, 29) % 200]) as summary,
       format(wl.sentences[1 + pg_temp.h(c, 30) % 16], wl.keywords[1 + pg_temp.h(c, 31) % 200], wl.keywords[1 + pg_temp.h(c, 32) % 200])
           || ' ' || format(wl.sentences[1 + pg_temp.h(c, 33) % 16], wl.keywords[1 + pg_temp.h(c, 34) % 200], wl.keywords[1 + pg_temp.h(c, 35) % 200]) as intention,
       format(wl.sentences[1 + pg_temp.h(c, 36) % 16], wl.keywords[1 + pg_temp.h(c, 37) % 200], wl.keywords[1 + pg_temp.h(c, 38) % 200])
           || ' ' || format(wl.sentences[1 + pg_temp.h(c, 39) % 16], wl.keywords[1 + pg_temp.h(c, 40) % 200], wl.keywords[1 + pg_temp.h(c, 41) % 200]) as vision,
       case
           when pg_temp.h(c, 42) % 100 < 25 then 'EMERGING'
           when pg_temp.h(c, 42) % 100 < 50 then 'FORMING'
           when pg_temp.h(c, 42) % 100 < 70 then 'COMMITTED'
           when pg_temp.h(c, 42) % 100 < 85 then 'ACTING'
           when pg_temp.h(c, 42) % 100 < 95 then 'AUTONOMOUS'
           else 'DISSEMINATED'
       end as stage,
       case when c > 100 and pg_temp.h(c, 43) % 20 = 0 then 1 + pg_temp.h(c, 44) % 100 end as parent_id,
       '2023-01-10 08:00+00'::timestamptz + c * interval '47 minutes' as created_at
from generate_series(1, 10000) c, wl;

insert into coalition (id, number, slug, title, summary, intention, vision, stage, parent_id, sample,
                       search_title, search_text, version, created_at, updated_at)
select s.id, s.number, pg_temp.slug(s.title, s.number::text), s.title, s.summary, s.intention, s.vision, s.stage,
       s.parent_id, true,
       left('#' || s.number || ' ' || pg_temp.fold(s.title), 600),
       left(pg_temp.fold(concat_ws(' ', s.title, s.summary, s.intention, s.vision, k.kws)), 40000),
       pg_temp.h(s.id, 45) % 4, s.created_at, s.created_at + (pg_temp.h(s.id, 46) % 200) * interval '1 day'
from coal_src s
join (select c, string_agg(kw, ' ' order by ord) as kws from coal_kw group by c) k on k.c = s.id;

insert into coalition_keyword (coalition_id, keyword)
select c, kw from coal_kw;

-- 1-3 axes per coalition (distinct: consecutive axes from a random start)
insert into coalition_axis (coalition_id, axis_id)
select c, 1 + (pg_temp.h(c, 50) + k) % 5
from generate_series(1, 10000) c, generate_series(0, 2) k
where k < 1 + pg_temp.h(c, 51) % 3;

-- Memberships: 2-4 per coalition (~30,000), the first one pilots.
insert into membership (coalition_id, actor_id, role, commitment, status, version, created_at, updated_at)
select c, 1 + (pg_temp.h(c, 60) + k * (1 + pg_temp.h(c, 61) % 397)) % 2000,
       case when k = 0 then 'PILOT'
            else (array['CONTRIBUTOR', 'CONTRIBUTOR', 'CONTRIBUTOR', 'ALLY', 'ALLY', 'FUNDER'])[1 + pg_temp.h(c * 10 + k, 62) % 6]
       end,
       'Nous apportons ' || wl.keywords[1 + pg_temp.h(c * 10 + k, 63) % 200] || ' et du temps de coordination.',
       case when pg_temp.h(c * 10 + k, 64) % 20 < 14 then 'CONFIRMED'
            when pg_temp.h(c * 10 + k, 64) % 20 < 19 then 'PROPOSED'
            else 'WITHDRAWN' end,
       0, '2023-01-10 08:00+00'::timestamptz + c * interval '47 minutes' + k * interval '1 day',
       '2023-01-10 08:00+00'::timestamptz + c * interval '47 minutes' + k * interval '1 day'
from generate_series(1, 10000) c, generate_series(0, 3) k, wl
where k < 2 + pg_temp.h(c, 65) % 3;

-- Territorial coalitions: every fifth coalition (2,000), in a territory other than the nation.
insert into territorial_coalition (id, territory_id, coalition_id, positioning, priority, status, commitments, sample,
                                   version, created_at, updated_at)
select t, 2 + pg_temp.h(t, 70) % 29, t * 5,
       case when pg_temp.h(t, 71) % 3 = 0 then 'PILOT' else 'CONTRIBUTOR' end,
       pg_temp.h(t, 72) % 4 = 0,
       (array['IDENTIFIED', 'PARTNERS_SOUGHT', 'COMMITMENTS_SET', 'ACTIVE'])[1 + pg_temp.h(t, 73) % 4],
       'Le territoire s''engage sur ' || wl.keywords[1 + pg_temp.h(t, 74) % 200] || '.',
       true, 0, '2023-03-01 08:00+00'::timestamptz + t * interval '4 hours',
       '2023-03-01 08:00+00'::timestamptz + t * interval '4 hours'
from generate_series(1, 2000) t, wl;

insert into territorial_partner (territorial_coalition_id, position, scope, status, actor_id, label)
select t, k, case when k = 0 then 'NATIONAL' else 'TERRITORIAL' end,
       (array['IDENTIFIED', 'SOUGHT', 'ENGAGED'])[1 + pg_temp.h(t * 10 + k, 76) % 3],
       1 + pg_temp.h(t * 10 + k, 77) % 2000,
       (select name from actor where id = 1 + pg_temp.h(t * 10 + k, 77) % 2000)
from generate_series(1, 2000) t, generate_series(0, 1) k
where k < pg_temp.h(t, 75) % 3;

-- Events (500) with 3 sessions each ------------------------------------------------------------------
insert into event (id, slug, title, kind, description, starts_at, ends_at, time_zone, format, location,
                   participants_count, sample, search_title, search_text, version, created_at, updated_at)
select e, pg_temp.slug(title, e::text), title, kind, description, starts_at,
       starts_at + (4 + pg_temp.h(e, 84) % 5) * interval '1 hour', 'Europe/Paris', format,
       case when format = 'ONLINE' then null else (select name from territory where id = place) end,
       20 + pg_temp.h(e, 85) % 480, true, left(pg_temp.fold(title), 600), '', 0,
       starts_at - interval '30 days', starts_at - interval '30 days'
from (
    select e, kind, format, place, starts_at,
           case kind
               when 'RESET_DAY' then 'Reset Day ' || e || ' : ' || kw1
               when 'CONFERENCE' then 'Conférence « ' || kw1 || ' et ' || kw2 || ' »'
               when 'WORKSHOP' then 'Atelier ' || kw1 || ' à ' || (select name from territory where id = place)
               when 'TERRITORIAL_EXCHANGE' then 'Échange interterritorial sur ' || kw1
               else 'Rencontre des partenaires : ' || kw1
           end as title,
           'Une journée pour avancer ensemble sur ' || kw1 || ' et ' || kw2 || ', avec les coalitions et les territoires.' as description
    from (
        select e,
               (array['RESET_DAY', 'CONFERENCE', 'CONFERENCE', 'WORKSHOP', 'WORKSHOP', 'WORKSHOP', 'WORKSHOP',
                      'TERRITORIAL_EXCHANGE', 'TERRITORIAL_EXCHANGE', 'PARTNERS_MEETING'])[1 + pg_temp.h(e, 80) % 10] as kind,
               (array['ONLINE', 'IN_PERSON', 'IN_PERSON', 'HYBRID'])[1 + pg_temp.h(e, 81) % 4] as format,
               2 + pg_temp.h(e, 82) % 29 as place,
               '2023-02-01 08:00+00'::timestamptz + e * interval '51 hours' as starts_at,
               wl.keywords[1 + pg_temp.h(e, 83) % 200] as kw1,
               wl.keywords[1 + pg_temp.h(e, 86) % 200] as kw2
        from generate_series(1, 500) e, wl
    ) a
) b;

insert into event_session (id, event_id, position, title, kind, description, starts_at, ends_at, coalition_id)
select (e - 1) * 3 + k, e, k,
       case k
           when 1 then 'Plénière d''ouverture : ' || wl.keywords[1 + pg_temp.h(e * 10 + k, 90) % 200]
           when 2 then 'Témoignages : ' || wl.keywords[1 + pg_temp.h(e * 10 + k, 90) % 200] || ' sur le terrain'
           else 'Atelier : ' || wl.keywords[1 + pg_temp.h(e * 10 + k, 90) % 200] || ' et ' || wl.keywords[1 + pg_temp.h(e * 10 + k, 91) % 200]
       end,
       (array['PLENARY', 'TESTIMONY', 'WORKSHOP'])[k],
       'Session animée par les coalitions concernées.',
       ev.starts_at + (k - 1) * interval '90 minutes', ev.starts_at + k * interval '90 minutes',
       case when k > 1 then 1 + pg_temp.h(e * 10 + k, 92) % 10000 end
from generate_series(1, 500) e
join event ev on ev.id = e
cross join generate_series(1, 3) k
cross join wl;

update event ev
set search_text = left(pg_temp.fold(concat_ws(' ', ev.title, ev.description, ev.location, s.titles)), 8000)
from (select event_id, string_agg(title, ' ' order by position) as titles from event_session group by event_id) s
where s.event_id = ev.id;

insert into session_speaker (session_id, person_id)
select distinct s, 1 + pg_temp.h(s * 10 + k, 93) % 500
from generate_series(1, 1500) s, generate_series(0, 1) k
where k < 1 + pg_temp.h(s, 94) % 2;

insert into event_organiser (event_id, actor_id)
select distinct e, 1 + pg_temp.h(e * 10 + k, 95) % 2000
from generate_series(1, 500) e, generate_series(0, 1) k
where k < 1 + pg_temp.h(e, 96) % 2;

insert into event_coalition (event_id, coalition_id)
select distinct e, 1 + pg_temp.h(e * 10 + k, 97) % 10000
from generate_series(1, 500) e, generate_series(0, 3) k
where k < 2 + pg_temp.h(e, 98) % 3;

insert into event_territory (event_id, territory_id)
select distinct e, 2 + pg_temp.h(e * 10 + k, 101) % 29
from generate_series(1, 500) e, generate_series(0, 1) k
where k < 1 + pg_temp.h(e, 102) % 2;

-- Notes (20,000, published, 1-3 KB of Markdown) ---------------------------------------------------------
-- A pool of 1,000 paragraphs of three sentences (~300 characters), assembled into bodies.
create temp table para on commit drop as
select p,
       format(wl.sentences[1 + pg_temp.h(p, 110) % 16], wl.keywords[1 + pg_temp.h(p, 111) % 200], wl.keywords[1 + pg_temp.h(p, 112) % 200])
       || ' ' || format(wl.sentences[1 + pg_temp.h(p, 113) % 16], wl.keywords[1 + pg_temp.h(p, 114) % 200], wl.keywords[1 + pg_temp.h(p, 115) % 200])
       || ' ' || format(wl.sentences[1 + pg_temp.h(p, 116) % 16], wl.keywords[1 + pg_temp.h(p, 117) % 200], wl.keywords[1 + pg_temp.h(p, 118) % 200]) as txt
from generate_series(0, 999) p, wl;
-- folded once here rather than 20,000 times in the notes
alter table para add column folded text;
update para set folded = pg_temp.fold(txt);

create temp table note_src on commit drop as
select b.n,
       format(wl.note_titles[1 + pg_temp.h(b.n, 120) % 10], wl.keywords[1 + pg_temp.h(b.n, 121) % 200], wl.keywords[1 + pg_temp.h(b.n, 122) % 200]) as title,
       wl.headings[1 + pg_temp.h(b.n, 123) % 8] as heading,
       wl.keywords[1 + pg_temp.h(b.n, 124) % 200] as item1,
       wl.keywords[1 + pg_temp.h(b.n, 125) % 200] as item2,
       b.first_para, b.paras_md, b.paras_html, b.first_folded, b.paras_folded
from (
    -- 3-9 paragraphs per note, joined (hash join) to the pool
    select x.n,
           (array_agg(pa.txt order by x.k))[1] as first_para,
           string_agg(pa.txt, E'\n\n' order by x.k) as paras_md,
           string_agg('<p>' || pa.txt || '</p>', '' order by x.k) as paras_html,
           (array_agg(pa.folded order by x.k))[1] as first_folded,
           string_agg(pa.folded, ' ' order by x.k) as paras_folded
    from (
        select n, k, pg_temp.h(n * 16 + k, 127) % 1000 as p
        from generate_series(1, 20000) n
        cross join lateral generate_series(1, 3 + pg_temp.h(n, 126) % 7) k
    ) x
    join para pa on pa.p = x.p
    group by x.n
) b
cross join wl;

-- search_text = fold(title excerpt body) assembled from folded parts (the Markdown marks '-' fold to
-- spaces, '##' stays as TextNormalizer keeps '#').
insert into note (id, slug, title, body_markdown, body_html, excerpt, event_id, status, published_at, comments_open,
                  sample, search_title, search_text, version, created_at, updated_at)
select n, pg_temp.slug(title, n::text), title, md, html, first_para,
       case when pg_temp.h(n, 130) % 10 < 6 then 1 + pg_temp.h(n, 131) % 500 end,
       'PUBLISHED', published_at, pg_temp.h(n, 132) % 10 <> 0, true,
       left(folded_title, 600),
       left(concat_ws(' ', folded_title, first_folded, '##', pg_temp.fold(heading), paras_folded,
                      pg_temp.fold(item1), pg_temp.fold(item2)), 100000),
       0, published_at - interval '2 days', published_at
from (
    select n, upper(left(title, 1)) || substr(title, 2) as title, pg_temp.fold(title) as folded_title,
           heading, item1, item2, first_para, first_folded, paras_folded,
           '## ' || heading || E'\n\n' || paras_md || E'\n\n- ' || item1 || E'\n- ' || item2 || E'\n' as md,
           '<h2>' || heading || '</h2>' || paras_html || '<ul><li>' || item1 || '</li><li>' || item2 || '</li></ul>' as html,
           '2023-01-15 10:00+00'::timestamptz + n * interval '67 minutes' as published_at
    from note_src
) s;

insert into note_coalition (note_id, coalition_id)
select distinct n, 1 + pg_temp.h(n * 10 + k, 140) % 10000
from generate_series(1, 20000) n, generate_series(0, 2) k
where k < 1 + pg_temp.h(n, 141) % 3;

insert into note_axis (note_id, axis_id)
select n, 1 + (pg_temp.h(n, 142) + k) % 5
from generate_series(1, 20000) n, generate_series(0, 1) k
where k < 1 + pg_temp.h(n, 143) % 2;

insert into note_author (note_id, person_id)
select distinct n, 1 + pg_temp.h(n * 10 + k, 144) % 500
from generate_series(1, 20000) n, generate_series(0, 1) k
where k < 1 + pg_temp.h(n, 145) % 2;

insert into note_territory (note_id, territory_id)
select n, 2 + pg_temp.h(n, 146) % 29
from generate_series(1, 20000) n
where pg_temp.h(n, 147) % 10 < 3;

-- Identity sequences continue after the explicit ids -----------------------------------------------
do $$
declare
    t text;
begin
    foreach t in array array['axis', 'territory', 'actor', 'person', 'coalition', 'membership',
                             'territorial_coalition', 'event', 'event_session', 'note'] loop
        execute format('select setval(pg_get_serial_sequence(%L, ''id''), coalesce((select max(id) from %I), 0) + 1, false)', t, t);
    end loop;
end
$$;

commit;

vacuum analyze;

select 'axes' as what, count(*) from axis
union all select 'territories', count(*) from territory
union all select 'actors', count(*) from actor
union all select 'persons', count(*) from person
union all select 'coalitions', count(*) from coalition
union all select 'coalition keywords', count(*) from coalition_keyword
union all select 'memberships', count(*) from membership
union all select 'territorial coalitions', count(*) from territorial_coalition
union all select 'events', count(*) from event
union all select 'sessions', count(*) from event_session
union all select 'notes', count(*) from note
union all select 'note body bytes (avg)', avg(octet_length(body_markdown))::int from note;
