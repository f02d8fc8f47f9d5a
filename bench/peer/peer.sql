-- What a PostGraphile user writes to serve the benchmark's queries: computed columns and a root
-- query function with the same rules as Analyst (statements reported in a published article,
-- INTERPRETED targets not counted, newest first by (sort_date, id)), reading an actor's statements
-- through its target rows as Analyst does (V5__target_sort_date.sql), in the same form: sorted by the
-- rows' own date and id, each statement's first row found by a subquery (StatementService.throughTargets
-- says why). Idempotent; run by run.sh.

create or replace function article_statements(a article) returns setof statement
language sql stable as $$
  select s.* from statement s
  where exists (select 1 from attestation at where at.statement_id = s.id and at.article_id = a.id)
  order by s.sort_date desc, s.id desc
$$;

create or replace function actor_statements_about(a actor) returns setof statement
language sql stable as $$
  select s.* from statement_target t join statement s on s.id = t.statement_id
  where t.actor_id = a.id and t.explicitness <> 'INTERPRETED'
    and t.position = (select min(e.position) from statement_target e where e.statement_id = t.statement_id
                        and e.actor_id = t.actor_id and e.explicitness <> 'INTERPRETED')
    and exists (select 1 from attestation v join article va on va.id = v.article_id
                where v.statement_id = s.id and va.status = 'PUBLISHED')
  order by t.sort_date desc, t.statement_id desc
$$;

create or replace function statements_targeting(actor_id bigint, date_from date, date_to date) returns setof statement
language sql stable as $$
  select s.* from statement_target t join statement s on s.id = t.statement_id
  where t.actor_id = statements_targeting.actor_id and t.explicitness <> 'INTERPRETED'
    and t.position = (select min(e.position) from statement_target e where e.statement_id = t.statement_id
                        and e.actor_id = t.actor_id and e.explicitness <> 'INTERPRETED')
    and exists (select 1 from attestation v join article va on va.id = v.article_id
                where v.statement_id = s.id and va.status = 'PUBLISHED')
    and (s.date_earliest is not null or s.date_latest is not null)
    and daterange(s.date_earliest, s.date_latest, '[]') && daterange(date_from, date_to, '[]')
    -- implied by the overlap; lets the newest-first walk of the actor's rows start at date_to, as Analyst does
    and t.sort_date <= coalesce(date_to, 'infinity')
  order by t.sort_date desc, t.statement_id desc
$$;

-- The timeline's rows for pg-aggregates, which groups by columns: each visible statement whose whole
-- date range lies in one month, with that month (the statements Analyst counts as certainly in it).
create or replace view statement_month as
select s.id, s.kind, date_trunc('month', s.date_earliest::timestamp)::date as certain_month
from statement s
where exists (select 1 from attestation v join article va on va.id = v.article_id
              where v.statement_id = s.id and va.status = 'PUBLISHED')
  and date_trunc('month', s.date_earliest::timestamp) = date_trunc('month', s.date_latest::timestamp);

-- The passages of a statement a reader may see: those in published articles, in their order.
create or replace function statement_passages(s statement) returns setof attestation
language sql stable as $$
  select at.* from attestation at join article a on a.id = at.article_id
  where at.statement_id = s.id and a.status = 'PUBLISHED'
  order by at.position
$$;
