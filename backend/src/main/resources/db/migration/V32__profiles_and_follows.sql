-- People: what an account says about itself (the address mail goes to, taken from the verified
-- e-mail of its token; the language of its mails; how it wants to hear of what it follows) and
-- what it follows (coalitions, territories, axes, events).
alter table account
    add column email varchar(254),
    add column language varchar(2) not null default 'fr' check (language in ('fr', 'en')),
    add column notification_mode varchar(10) not null default 'IMMEDIATE'
        check (notification_mode in ('IMMEDIATE', 'DAILY', 'NONE'));

create table follow (
    account_id bigint not null references account (id) on delete cascade,
    target_type varchar(20) not null check (target_type in ('coalition', 'territory', 'axis', 'event')),
    target_id bigint not null,
    created_at timestamp with time zone not null default now(),
    primary key (account_id, target_type, target_id)
);
create index follow_target_idx on follow (target_type, target_id);
