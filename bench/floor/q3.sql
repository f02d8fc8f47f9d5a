-- Q3, an actor page, as one SQL statement.
select a.id, a.slug, a.name, a.kind,
       (select json_agg(json_build_object('name', n.name, 'type', n.type) order by n.position)
        from actor_name n where n.actor_id = a.id) as aliases,
       (select json_agg(json_build_object('title', p.title, 'current', p.current, 'org', o.name) order by p.position)
        from actor_position p left join actor o on o.id = p.organization_id where p.actor_id = a.id) as positions,
       (select json_agg(t) from (select s.id, s.summary, s.date_text from statement s
                                 where s.speaker_id = a.id
                                   and exists (select 1 from attestation v join article va on va.id = v.article_id
                                               where v.statement_id = s.id and va.status = 'PUBLISHED')
                                 order by s.sort_date desc, s.id desc limit 20) t) as statements,
       (select json_agg(t) from (select s.id, s.summary, s.date_text, sp.name as speaker_name
                                 from statement_target ta
                                      join statement s on s.id = ta.statement_id
                                      join actor sp on sp.id = s.speaker_id
                                 where ta.actor_id = a.id and ta.explicitness <> 'INTERPRETED'
                                   and ta.position = (select min(e.position) from statement_target e
                                                      where e.statement_id = ta.statement_id and e.actor_id = ta.actor_id
                                                        and e.explicitness <> 'INTERPRETED')
                                   and exists (select 1 from attestation v join article va on va.id = v.article_id
                                               where v.statement_id = s.id and va.status = 'PUBLISHED')
                                 order by ta.sort_date desc, ta.statement_id desc limit 20) t) as statements_about
from actor a where a.slug = 'zaras-ganbaris-819';
