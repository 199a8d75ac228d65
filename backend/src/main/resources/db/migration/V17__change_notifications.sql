-- Change notifications for the caches of every replica (org.fabrique.common.cache.ChangeFeed):
-- a statement that writes one of these tables sends the table's name on the channel
-- fabrique_changes when its transaction commits (PostgreSQL sends each distinct name once per
-- transaction, and nothing for a transaction that rolls back). The tables are those that cached
-- reads are computed from; comments, reports and other high-volume participation tables are not.
create function fabrique_notify_change() returns trigger
    language plpgsql
    as $$
begin
    perform pg_notify('fabrique_changes', tg_table_name);
    return null;
end $$;
create trigger axis_changes after insert or update or delete or truncate on axis
    for each statement execute function fabrique_notify_change();
create trigger territory_changes after insert or update or delete or truncate on territory
    for each statement execute function fabrique_notify_change();
create trigger actor_changes after insert or update or delete or truncate on actor
    for each statement execute function fabrique_notify_change();
create trigger actor_expertise_changes after insert or update or delete or truncate on actor_expertise
    for each statement execute function fabrique_notify_change();
create trigger person_changes after insert or update or delete or truncate on person
    for each statement execute function fabrique_notify_change();
create trigger coalition_changes after insert or update or delete or truncate on coalition
    for each statement execute function fabrique_notify_change();
create trigger coalition_axis_changes after insert or update or delete or truncate on coalition_axis
    for each statement execute function fabrique_notify_change();
create trigger coalition_keyword_changes after insert or update or delete or truncate on coalition_keyword
    for each statement execute function fabrique_notify_change();
create trigger coalition_experience_changes after insert or update or delete or truncate on coalition_experience
    for each statement execute function fabrique_notify_change();
create trigger coalition_problem_changes after insert or update or delete or truncate on coalition_problem
    for each statement execute function fabrique_notify_change();
create trigger problem_ally_kind_changes after insert or update or delete or truncate on problem_ally_kind
    for each statement execute function fabrique_notify_change();
create trigger problem_actor_changes after insert or update or delete or truncate on problem_actor
    for each statement execute function fabrique_notify_change();
create trigger desired_impact_changes after insert or update or delete or truncate on desired_impact
    for each statement execute function fabrique_notify_change();
create trigger impact_measure_changes after insert or update or delete or truncate on impact_measure
    for each statement execute function fabrique_notify_change();
create trigger membership_changes after insert or update or delete or truncate on membership
    for each statement execute function fabrique_notify_change();
create trigger territorial_coalition_changes after insert or update or delete or truncate on territorial_coalition
    for each statement execute function fabrique_notify_change();
create trigger territorial_partner_changes after insert or update or delete or truncate on territorial_partner
    for each statement execute function fabrique_notify_change();
create trigger shared_resource_changes after insert or update or delete or truncate on shared_resource
    for each statement execute function fabrique_notify_change();
create trigger shared_resource_coalition_changes after insert or update or delete or truncate on shared_resource_coalition
    for each statement execute function fabrique_notify_change();
create trigger local_initiative_changes after insert or update or delete or truncate on local_initiative
    for each statement execute function fabrique_notify_change();
create trigger event_changes after insert or update or delete or truncate on event
    for each statement execute function fabrique_notify_change();
create trigger event_organiser_changes after insert or update or delete or truncate on event_organiser
    for each statement execute function fabrique_notify_change();
create trigger event_coalition_changes after insert or update or delete or truncate on event_coalition
    for each statement execute function fabrique_notify_change();
create trigger event_territory_changes after insert or update or delete or truncate on event_territory
    for each statement execute function fabrique_notify_change();
create trigger event_session_changes after insert or update or delete or truncate on event_session
    for each statement execute function fabrique_notify_change();
create trigger session_speaker_changes after insert or update or delete or truncate on session_speaker
    for each statement execute function fabrique_notify_change();
create trigger note_changes after insert or update or delete or truncate on note
    for each statement execute function fabrique_notify_change();
create trigger note_coalition_changes after insert or update or delete or truncate on note_coalition
    for each statement execute function fabrique_notify_change();
create trigger note_axis_changes after insert or update or delete or truncate on note_axis
    for each statement execute function fabrique_notify_change();
create trigger note_territory_changes after insert or update or delete or truncate on note_territory
    for each statement execute function fabrique_notify_change();
create trigger note_author_changes after insert or update or delete or truncate on note_author
    for each statement execute function fabrique_notify_change();
create trigger testimony_changes after insert or update or delete or truncate on testimony
    for each statement execute function fabrique_notify_change();
create trigger suggestion_changes after insert or update or delete or truncate on suggestion
    for each statement execute function fabrique_notify_change();
