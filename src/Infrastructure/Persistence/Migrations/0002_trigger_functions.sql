-- Shared trigger functions used by the tables of the following migrations.

-- BEFORE UPDATE: counter columns (named in the trigger arguments) belong to the counter triggers.
-- A statement sent by the application runs this trigger at depth 1 and keeps the stored counts, so
-- an ORM that writes every column back (EF's Update) cannot overwrite them with stale values.
-- The counter triggers update from inside another trigger (depth 2+). An operator who repairs
-- counts sets `pageshare.allow_counter_writes = 'on'` for the transaction.
create function protect_counter_columns() returns trigger
language plpgsql as $$
declare
    kept jsonb := '{}';
    col text;
begin
    if pg_trigger_depth() > 1
       or coalesce(current_setting('pageshare.allow_counter_writes', true), '') = 'on' then
        return new;
    end if;
    foreach col in array coalesce(tg_argv, '{}') loop
        kept := kept || jsonb_build_object(col, to_jsonb(old) -> col);
    end loop;
    return jsonb_populate_record(new, kept);
end;
$$;

-- BEFORE UPDATE: updated_at is owned by the database. It moves to now() when any column other than
-- updated_at and the columns named in the trigger arguments (counters, activity stamps) changed,
-- and otherwise keeps its stored value, whatever the statement tried to write into it.
create function set_updated_at() returns trigger
language plpgsql as $$
declare
    old_row jsonb := to_jsonb(old) - 'updated_at';
    new_row jsonb := to_jsonb(new) - 'updated_at';
    col text;
begin
    foreach col in array coalesce(tg_argv, '{}') loop
        old_row := old_row - col;
        new_row := new_row - col;
    end loop;
    if new_row is distinct from old_row then
        new.updated_at := now();
    else
        new.updated_at := old.updated_at;
    end if;
    return new;
end;
$$;
