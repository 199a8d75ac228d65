-- Notifications caused by activity rather than read from the change log (org.fabrique.people
-- ActivityNotifier): comments published, stage changes, new members, commitment requests and
-- decisions, the moderators' queue. They have no change of the change log; each has a key of what
-- caused it, unique per person, so that nothing is notified twice.
alter table notification alter column change_id drop not null;
alter table notification add column event_key varchar(200);
alter table notification add constraint notification_account_event_key unique (account_id, event_key);
alter table notification add constraint notification_has_a_cause check (change_id is not null or event_key is not null);

-- The realm roles of an account as its last token said (kept when they change): who moderates.
alter table account add column roles varchar(500) not null default '';
