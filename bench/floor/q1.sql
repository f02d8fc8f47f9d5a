-- Q1, the front page, as one SQL statement: what the database alone does for the answer.
select a.id, a.slug, a.title, a.published_at,
       (select json_agg(json_build_object('id', x.id, 'slug', x.slug, 'name', x.name) order by aa.position)
        from article_author aa join actor x on x.id = aa.actor_id where aa.article_id = a.id) as authors,
       (select json_agg(t) from (select s.id, s.summary, sp.id as speaker_id, sp.name as speaker_name
                                 from statement s join actor sp on sp.id = s.speaker_id
                                 where exists (select 1 from attestation at where at.statement_id = s.id and at.article_id = a.id)
                                 order by s.sort_date desc, s.id desc limit 5) t) as statements
from article a where a.status = 'PUBLISHED'
order by a.sort_published_at desc, a.id desc limit 20;
