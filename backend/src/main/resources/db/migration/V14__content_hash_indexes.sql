-- Duplicate detection looks a submission's text up by its hash before storing it: an index keeps
-- that lookup constant however many comments a page collects.
create index comment_content_hash_idx on comment (content_hash);
create index suggestion_content_hash_idx on suggestion (content_hash);
