-- Rate limits become token buckets (Bucket4j's PostgreSQL backend): one row per bucket shared by
-- the replicas (writes, public submissions), its state serialised by Bucket4j and locked with
-- SELECT ... FOR UPDATE while a token is taken; expires_at (milliseconds since the epoch) says when
-- the bucket is full again, after which the row is useless and removed. Anonymous reads use
-- buckets in each replica's memory and write nothing here. The fixed-window counters of V3 go.
drop table rate_limit_counter;
create table rate_limit_bucket (
    id varchar(255) primary key,
    state bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
