-- The deep page as one SQL statement: a periodical's 20 latest published articles, each with its
-- authors and 5 newest statements, their speakers and targets with their countries.
select p.id, p.title, p.kind,
       (select json_agg(x) from (
           select a.id, a.title, a.published_at,
                  (select json_agg(json_build_object('id', u.id, 'name', u.name) order by l.position)
                   from article_author l join actor u on u.id = l.actor_id where l.article_id = a.id) as authors,
                  (select json_agg(st) from (
                      select s.id, s.summary, sp.id as speaker_id, sp.name as speaker_name, spc.id as speaker_country_id, spc.name as speaker_country,
                             (select json_agg(json_build_object('stance', t.stance, 'id', ta.id, 'name', ta.name, 'country_id', tc.id, 'country', tc.name) order by t.position)
                              from statement_target t join actor ta on ta.id = t.actor_id left join actor tc on tc.id = ta.country_id
                              where t.statement_id = s.id) as targets
                      from statement s join actor sp on sp.id = s.speaker_id left join actor spc on spc.id = sp.country_id
                      where exists (select 1 from attestation l where l.statement_id = s.id and l.article_id = a.id)
                      order by s.sort_date desc, s.id desc limit 5) st) as statements
           from article a where a.periodical_id = p.id and a.status = 'PUBLISHED'
           order by a.sort_published_at desc, a.id desc limit 20) x) as articles
from publication p where p.slug = 'publication-3';
