-- The panorama's change stamp reads max(updated_at) of memberships: index it (was a sequential scan).
create index membership_updated_at_idx on membership (updated_at);
