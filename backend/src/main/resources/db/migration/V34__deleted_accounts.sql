-- Accounts deleted by their owners (org.fabrique.people.AccountDeletionService): the SHA-256 of
-- the identity provider's subject, kept one day so that an access token issued before the deletion
-- (valid a few minutes) cannot bring an empty account back. Nothing else of the person is kept.
create table deleted_account (
    subject_hash varchar(64) primary key,
    deleted_at timestamp with time zone not null default now()
);
