-- The timeline of all statements (statementTimeline without a filter) counted ahead, by PostgreSQL
-- itself in the transaction of every write, so that it reads a few thousand counts instead of
-- every statement with its targets and reporting articles (issue 12; bench/results/NOTES.md).
--
-- timeline_statement holds what each statement adds to the counts: who may see it (READERS when a
-- published article reports it, EDITORS when only drafts or withdrawn articles do, as
-- ArticleVisibility has it), its kind, its date range and the stances it takes towards its
-- targets, explicit ones and all of them (includeInterpreted). The two count tables sum those
-- contributions by the buckets the range starts and ends in, for weeks and for months (quarters
-- and years are made of months); an open end is -infinity or infinity.

create table timeline_statement (
    statement_id  bigint primary key,
    audience      text   not null check (audience in ('READERS', 'EDITORS')),
    kind          text   not null,
    date_earliest date,
    date_latest   date,
    stances       text[] not null,
    all_stances   text[] not null,
    check (date_earliest is not null or date_latest is not null)
);

create table timeline_kind_count (
    audience     text not null,
    step         text not null check (step in ('week', 'month')),
    first_bucket date not null,
    last_bucket  date not null,
    kind         text not null,
    statements   int  not null,
    primary key (step, audience, first_bucket, last_bucket, kind)
);

create table timeline_stance_count (
    audience     text    not null,
    step         text    not null check (step in ('week', 'month')),
    first_bucket date    not null,
    last_bucket  date    not null,
    stance       text    not null,
    interpreted  boolean not null,
    statements   int     not null,
    primary key (step, audience, interpreted, first_bucket, last_bucket, stance)
);

-- Counts that fell to zero are deleted after each refresh: these find them without a scan.
create index timeline_kind_count_zero_idx on timeline_kind_count (step) where statements = 0;
create index timeline_stance_count_zero_idx on timeline_stance_count (step) where statements = 0;

-- What these statements add to the counts, read from the tables they come from.
create function timeline_contributions(ids bigint[]) returns setof timeline_statement language sql stable
    set search_path from current as $$
    select s.id, case when bool_or(a.status = 'PUBLISHED') then 'READERS' else 'EDITORS' end, s.kind,
           s.date_earliest, s.date_latest,
           coalesce((select array_agg(distinct t.stance order by t.stance) from statement_target t
                     where t.statement_id = s.id and t.explicitness <> 'INTERPRETED'), '{}'),
           coalesce((select array_agg(distinct t.stance order by t.stance) from statement_target t
                     where t.statement_id = s.id), '{}')
    from statement s join attestation at on at.statement_id = s.id join article a on a.id = at.article_id
    where s.id = any(ids) and (s.date_earliest is not null or s.date_latest is not null)
    group by s.id
$$;

-- Recomputes the contributions of these statements and moves the counts by the difference. The
-- statements' rows are locked first, so that two transactions changing one statement (its targets
-- in one, an article reporting it in the other) take turns, and the second, reading after the
-- first committed, counts both changes; holding the locks, the three statements below read the
-- same rows.
create function timeline_refresh(ids bigint[]) returns void language plpgsql set search_path from current as $$
begin
    perform 1 from statement where id = any(ids) order by id for update;
    with change as (
        select old.*, -1 as sign from timeline_statement old where old.statement_id = any(ids)
        union all select new.*, 1 from timeline_contributions(ids) new
    ), placed as (
        select c.*, step,
               coalesce(date_trunc(step, c.date_earliest::timestamp)::date, '-infinity') as first_bucket,
               coalesce(date_trunc(step, c.date_latest::timestamp)::date, 'infinity') as last_bucket
        from change c, unnest(array['week', 'month']) step
    ), kinds as (
        insert into timeline_kind_count as k
        select audience, step, first_bucket, last_bucket, kind, sum(sign) from placed
        group by 1, 2, 3, 4, 5 having sum(sign) <> 0 order by 2, 1, 3, 4, 5
        on conflict (step, audience, first_bucket, last_bucket, kind)
        do update set statements = k.statements + excluded.statements
    )
    insert into timeline_stance_count as t
    select audience, step, first_bucket, last_bucket, stance, interpreted, sum(sign)
    from (select p.*, stance, false as interpreted from placed p, unnest(p.stances) stance
          union all select p.*, stance, true from placed p, unnest(p.all_stances) stance) s
    group by 1, 2, 3, 4, 5, 6 having sum(sign) <> 0 order by 2, 1, 6, 3, 4, 5
    on conflict (step, audience, interpreted, first_bucket, last_bucket, stance)
    do update set statements = t.statements + excluded.statements;
    delete from timeline_statement where statement_id = any(ids);
    insert into timeline_statement select * from timeline_contributions(ids);
    delete from timeline_kind_count where statements = 0;
    delete from timeline_stance_count where statements = 0;
end
$$;

-- What changes a statement's contribution: the statement itself (kind, dates, deletion), its
-- targets, the passages that report it, and the status of the articles they are in. Statement-level
-- triggers, so that an import or a bulk insert refreshes each batch once.
create function timeline_refresh_statements() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op = 'INSERT' then
        perform timeline_refresh(array(select id from new_rows));
    elsif tg_op = 'DELETE' then
        perform timeline_refresh(array(select id from old_rows));
    else
        perform timeline_refresh(array(select n.id from new_rows n join old_rows o on o.id = n.id
                                       where (n.kind, n.date_earliest, n.date_latest)
                                             is distinct from (o.kind, o.date_earliest, o.date_latest)));
    end if;
    return null;
end
$$;
create trigger timeline_statements_inserted after insert on statement referencing new table as new_rows
    for each statement execute function timeline_refresh_statements();
create trigger timeline_statements_updated after update on statement
    referencing old table as old_rows new table as new_rows
    for each statement execute function timeline_refresh_statements();
create trigger timeline_statements_deleted after delete on statement referencing old table as old_rows
    for each statement execute function timeline_refresh_statements();

-- Targets and passages name their statement in statement_id.
create function timeline_refresh_children() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op = 'INSERT' then
        perform timeline_refresh(array(select distinct statement_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform timeline_refresh(array(select distinct statement_id from old_rows));
    else
        perform timeline_refresh(array(select statement_id from new_rows union select statement_id from old_rows));
    end if;
    return null;
end
$$;
create trigger timeline_targets_inserted after insert on statement_target referencing new table as new_rows
    for each statement execute function timeline_refresh_children();
create trigger timeline_targets_updated after update on statement_target
    referencing old table as old_rows new table as new_rows
    for each statement execute function timeline_refresh_children();
create trigger timeline_targets_deleted after delete on statement_target referencing old table as old_rows
    for each statement execute function timeline_refresh_children();
create trigger timeline_passages_inserted after insert on attestation referencing new table as new_rows
    for each statement execute function timeline_refresh_children();
create trigger timeline_passages_updated after update on attestation
    referencing old table as old_rows new table as new_rows
    for each statement execute function timeline_refresh_children();
create trigger timeline_passages_deleted after delete on attestation referencing old table as old_rows
    for each statement execute function timeline_refresh_children();

create function timeline_refresh_articles() returns trigger language plpgsql set search_path from current as $$
begin
    perform timeline_refresh(array(select distinct at.statement_id from new_rows n join old_rows o on o.id = n.id
                                   join attestation at on at.article_id = n.id where n.status <> o.status));
    return null;
end
$$;
create trigger timeline_articles_updated after update on article
    referencing old table as old_rows new table as new_rows
    for each statement execute function timeline_refresh_articles();

-- A truncation fires no row or delete triggers: count everything again.
create function timeline_rebuild() returns trigger language plpgsql set search_path from current as $$
begin
    truncate timeline_statement, timeline_kind_count, timeline_stance_count;
    perform timeline_refresh(array(select id from statement));
    return null;
end
$$;
create trigger timeline_statements_truncated after truncate on statement
    for each statement execute function timeline_rebuild();
create trigger timeline_targets_truncated after truncate on statement_target
    for each statement execute function timeline_rebuild();
create trigger timeline_passages_truncated after truncate on attestation
    for each statement execute function timeline_rebuild();
create trigger timeline_articles_truncated after truncate on article
    for each statement execute function timeline_rebuild();

select timeline_refresh(array(select id from statement));
analyze timeline_statement, timeline_kind_count, timeline_stance_count;
