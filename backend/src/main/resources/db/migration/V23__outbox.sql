-- The transactional outbox (org.fabrique.common.outbox): messages written in the transaction of
-- the change that causes them, then handed by the dispatcher to the handler of their kind (a
-- webhook delivery now, a mail later). A message is sent once acknowledged (sent_at), retried with
-- exponential backoff (next_attempt_at) until it is acknowledged or dead (dead_at: kept, visible).
create table outbox_message (
    id bigint generated always as identity primary key,
    kind varchar(40) not null,
    payload jsonb not null,
    -- the producer's key of the message: a second message with the same key is not written
    dedup_key varchar(200) not null unique,
    attempts integer not null default 0,
    next_attempt_at timestamp with time zone not null default now(),
    sent_at timestamp with time zone,
    dead_at timestamp with time zone,
    -- the outcome of the last attempt: the handler's status code (an HTTP status for webhooks)
    -- and a one-line reason, never a stack trace
    last_status integer,
    last_error varchar(500),
    last_attempt_at timestamp with time zone,
    created_at timestamp with time zone not null default now()
);
-- What the dispatcher claims: messages neither sent nor dead, by due time.
create index outbox_message_due_idx on outbox_message (next_attempt_at) where sent_at is null and dead_at is null;
