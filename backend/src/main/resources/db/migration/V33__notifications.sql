-- Notifications of people about what they follow (org.fabrique.people): one row per person and
-- change of the change log (V19/V20) that concerns what they follow (a note published, a
-- testimony added), read in the app; mailed at once, in the daily digest, or not at all, as the
-- person chose (account.notification_mode).
create table notification (
    id bigint generated always as identity primary key,
    account_id bigint not null references account (id) on delete cascade,
    kind varchar(30) not null,
    title varchar(500) not null,
    link varchar(500) not null,
    change_id bigint not null,
    created_at timestamp with time zone not null default now(),
    read_at timestamp with time zone,
    digested_at timestamp with time zone,
    unique (account_id, change_id)
);
create index notification_account_idx on notification (account_id, id desc);
create index notification_undigested_idx on notification (account_id) where digested_at is null;

-- How far the notifier has read the change log (one replica at a time holds the row).
create table notification_cursor (
    id integer primary key check (id = 1),
    last_tx xid8 not null,
    last_id bigint not null,
    updated_at timestamp with time zone not null default now()
);
insert into notification_cursor (id, last_tx, last_id)
values (1, pg_current_xact_id(), coalesce((select max(id) from change_log), 0));
