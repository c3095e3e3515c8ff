-- PostgreSQL's JIT compiles a plan to machine code when its estimated cost passes jit_above_cost. Every statement of
-- this API is a short keyed read or write, yet some estimates cross it (the following feed costs its per-followee
-- ranges once per followee: for a viewer following ~400 accounts a deep page paid 150-250 ms of compilation to run
-- 60-150 ms of work, docs/performance.md). Off for every new session on this database. Changing a database's
-- settings needs its owner: where the migrating role is not, the setting is skipped, not the deploy.
do $$
begin
    execute format('alter database %I set jit = off', current_database());
exception when insufficient_privilege then
    raise notice 'jit stays on: % does not own database %', current_user, current_database();
end
$$;
