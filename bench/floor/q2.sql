-- Q2, statements targeting one actor in 2022 with speaker and targets, as one SQL statement.
select s.id, s.summary, s.date_text, s.date_earliest, s.date_latest, sp.id as speaker_id, sp.name as speaker_name,
       (select json_agg(json_build_object('stance', t.stance, 'id', x.id, 'name', x.name) order by t.position)
        from statement_target t join actor x on x.id = t.actor_id where t.statement_id = s.id) as targets
from statement_target ta join statement s on s.id = ta.statement_id
     join actor sp on sp.id = s.speaker_id
where ta.actor_id = 3 and ta.explicitness <> 'INTERPRETED'
  and ta.position = (select min(e.position) from statement_target e where e.statement_id = ta.statement_id
                       and e.actor_id = ta.actor_id and e.explicitness <> 'INTERPRETED')
  and exists (select 1 from attestation v join article va on va.id = v.article_id where v.statement_id = s.id and va.status = 'PUBLISHED')
  and (s.date_earliest is not null or s.date_latest is not null)
  and daterange(s.date_earliest, s.date_latest, '[]') && daterange('2022-01-01', '2022-12-31', '[]')
  and ta.sort_date <= '2022-12-31'
order by ta.sort_date desc, ta.statement_id desc limit 50;
