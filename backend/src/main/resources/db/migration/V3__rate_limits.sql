-- Rate limit counters shared by every backend replica (fixed windows). Portable SQL: runs on
-- PostgreSQL and on H2 in PostgreSQL mode. One row per (bucket, window); window_start is the
-- window's first second since the epoch (UTC). Expired windows are purged by the application.
create table rate_limit_counter (
    bucket_key varchar(255) not null,
    window_start bigint not null,
    request_count integer not null,
    primary key (bucket_key, window_start)
);
create index rate_limit_counter_window_idx on rate_limit_counter (window_start);
