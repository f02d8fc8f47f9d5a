-- The depth-2 network around actor 100 from 1 January to 15 February 2022, as one SQL statement: the edges of
-- the actor and of its neighbours over visible statements and their non-interpreted targets.
with pairs as (
  select s.id as statement_id, s.speaker_id, t.actor_id as target_id, t.stance
  from statement s join statement_target t on t.statement_id = s.id
  where t.explicitness <> 'INTERPRETED'
    and exists (select 1 from attestation v join article va on va.id = v.article_id where v.statement_id = s.id and va.status = 'PUBLISHED')
    and daterange(s.date_earliest, s.date_latest, '[]') && daterange('2022-01-01', '2022-02-15', '[]')
    and s.sort_date <= '2022-02-15'
), around as (
  select 100::bigint as actor_id
  union select case when speaker_id = 100 then target_id else speaker_id end from pairs where speaker_id = 100 or target_id = 100
)
select p.speaker_id, p.target_id, count(distinct p.statement_id) as statements,
       count(distinct p.statement_id) filter (where p.stance = 'HOSTILE') as hostile
from pairs p
where p.speaker_id in (select actor_id from around) or p.target_id in (select actor_id from around)
group by p.speaker_id, p.target_id;
