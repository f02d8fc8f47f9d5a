-- The statements about an actor (statementsAbout, statements(filter: {targetIds})) are read newest
-- first through the actor's target rows (issue 16): an index on statement_target alone can hand out
-- one page of them in order only when the rows carry their statement's sort date. Before, a page
-- read all of the actor's targeted statements and sorted them, which grew with the data
-- (bench/results/NOTES.md). The index holds what the page's conditions read (explicitness, stance,
-- position), so that the walk does not visit the table.
alter table statement_target add column sort_date date;
update statement_target t set sort_date = s.sort_date from statement s where s.id = t.statement_id;
alter table statement_target alter column sort_date set not null;
create index statement_target_order_idx on statement_target (actor_id, sort_date, statement_id)
    include (explicitness, stance, position);

-- A target row takes its statement's sort date; the statement's rows follow it when it changes.
create function statement_target_sort_date() returns trigger language plpgsql set search_path from current as $$
begin
    new.sort_date := (select sort_date from statement where id = new.statement_id);
    return new;
end
$$;
create trigger statement_target_sort_date before insert or update of statement_id, sort_date on statement_target
    for each row execute function statement_target_sort_date();

create function statement_sort_date_to_targets() returns trigger language plpgsql set search_path from current as $$
begin
    update statement_target t set sort_date = n.sort_date
    from new_rows n join old_rows o on o.id = n.id
    where t.statement_id = n.id and n.sort_date is distinct from o.sort_date;
    return null;
end
$$;
create trigger statement_sort_date_to_targets after update on statement
    referencing old table as old_rows new table as new_rows
    for each statement execute function statement_sort_date_to_targets();
