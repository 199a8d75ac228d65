-- Cheap "has anything changed?" stamps for cached read models (the panorama): max(updated_at).
create index coalition_updated_at_idx on coalition (updated_at);
create index axis_updated_at_idx on axis (updated_at);
