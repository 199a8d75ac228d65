-- Comments can be closed per coalition, as they can per note.
alter table coalition add column comments_open boolean default true not null;
