-- The monthly timeline of all visible statements, counted by kind in the month their whole date range lies in.
select date_trunc('month', s.date_earliest::timestamp)::date as month, s.kind, count(*)
from statement s
where exists (select 1 from attestation v join article va on va.id = v.article_id where v.statement_id = s.id and va.status = 'PUBLISHED')
  and date_trunc('month', s.date_earliest::timestamp) = date_trunc('month', s.date_latest::timestamp)
group by 1, 2;
