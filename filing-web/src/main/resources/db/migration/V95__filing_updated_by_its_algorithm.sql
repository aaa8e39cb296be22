-- A filing's "updated" (the dashboard's default order and column) covers its algorithm's document too: the wizard's
-- algorithm steps, the API and imports write that row, not the filing's, and a dual-role pair's two filings share it.
-- Only the time and the author move, not the filing's version: its ETag and optimistic lock stay with what its own
-- save can change, so saves of different filings still never refuse each other.
-- A filing row locked by a save under way is skipped rather than waited for: that save locks the filing before the
-- algorithm, so waiting here could deadlock with it; it either writes its own newer time or fails on the algorithm's
-- version.
create function filing_follows_algorithm() returns trigger language plpgsql as $$
begin
    update filing set updated_at = new.updated_at, updated_by = new.updated_by
     where id in (select id from filing
                   where algorithm_id = new.id and updated_at < new.updated_at
                   for no key update skip locked);
    return null;
end
$$;
create trigger filing_follows_algorithm after update on algorithm
    for each row when (new.updated_at is distinct from old.updated_at)
    execute function filing_follows_algorithm();
