-- The article page as one SQL statement: the article, its periodical, authors, regions, sections,
-- and its 20 newest statements with speaker, targets and passages in published articles.
select a.id, a.slug, a.title, a.summary, a.category, a.published_at, a.word_count, r.read_count, p.id as periodical_id, p.title as periodical_title,
       (select json_agg(json_build_object('id', x.id, 'slug', x.slug, 'name', x.name) order by l.position)
        from article_author l join actor x on x.id = l.actor_id where l.article_id = a.id) as authors,
       (select json_agg(json_build_object('id', x.id, 'name', x.name) order by l.position)
        from article_region l join actor x on x.id = l.actor_id where l.article_id = a.id) as regions,
       (select json_agg(json_build_object('role', s.role, 'heading', s.heading, 'position', s.position, 'paragraphs', s.paragraphs) order by s.position)
        from article_section s where s.article_id = a.id) as sections,
       (select count(*) from attestation l where l.article_id = a.id) as statement_count,
       (select json_agg(t) from (
           select s.id, s.kind, s.summary, s.quote, s.date_text, sp.id as speaker_id, sp.name as speaker_name,
                  (select json_agg(json_build_object('role', t.role, 'stance', t.stance, 'id', ta.id, 'name', ta.name) order by t.position)
                   from statement_target t join actor ta on ta.id = t.actor_id where t.statement_id = s.id) as targets,
                  (select json_agg(json_build_object('form', v.form, 'excerpt', v.excerpt, 'start', v.start_offset, 'end', v.end_offset,
                                                     'article', va.id, 'title', va.title) order by v.position)
                   from attestation v join article va on va.id = v.article_id where v.statement_id = s.id and va.status = 'PUBLISHED') as passages
           from statement s join actor sp on sp.id = s.speaker_id
           where exists (select 1 from attestation l where l.statement_id = s.id and l.article_id = a.id)
           order by s.sort_date desc, s.id desc limit 20) t) as statements
from article a join article_read_count r on r.article_id = a.id left join publication p on p.id = a.periodical_id
where a.slug = 'article-4321' and a.status = 'PUBLISHED';
