-- Search, a name and a topic ranked across types with highlights, as one SQL statement: the
-- hits and their count, a page of 20 with each hit's highlight, its node's columns and, for a
-- statement found by an excerpt, that passage with its article.
-- The trigram threshold the application sets on its connections (analyst.search.name-similarity).
set pg_trgm.word_similarity_threshold = 0.45;
with q as (select query from websearch_to_tsquery('search_english', 'Urma sanctions') query
           where querytree(query) not in ('', 'T')),
folded as (select search_fold('Urma sanctions') as name),
hits as (
  select 'ARTICLE' as type, a.id as key, 1 + ts_rank(a.search_vector, q.query, 32)::float8 as score,
         null::bigint as attestation, false as excerpt_won, null::text as resembling
  from article a, q where a.search_vector @@ q.query and a.status in ('PUBLISHED')
  union all
  select 'PUBLICATION', p.id, 1 + ts_rank(p.search_vector, q.query, 32)::float8, null, false, null
  from publication p, q where p.search_vector @@ q.query
  union all
  select 'ACTOR', key, max(score), null, false, (array_agg(resembling order by score desc))[1]
  from (select a.id as key, 1 + ts_rank(a.search_vector, q.query, 32)::float8 as score, null::text as resembling
        from actor a, q where a.search_vector @@ q.query
        union all select a.id, public.word_similarity(f.name, search_fold(a.name)), a.name
        from actor a, folded f, q where f.name operator(public.<%) search_fold(a.name)
        union all select n.actor_id, public.word_similarity(f.name, search_fold(n.name)), n.name
        from actor_name n, folded f, q where f.name operator(public.<%) search_fold(n.name)) actors
  group by key
  union all
  select 'STATEMENT', key, max(score),
         (array_agg(attestation order by attestation is null, score desc, attestation))[1],
         (array_agg(attestation order by score desc, attestation nulls first))[1] is not null, null
  from (select s.id as key, 1 + ts_rank(s.search_vector, q.query, 32)::float8 as score, null::bigint as attestation
        from statement s, q where s.search_vector @@ q.query
          and exists (select 1 from attestation v join article va on va.id = v.article_id
                      where v.statement_id = s.id and va.status in ('PUBLISHED'))
        union all select at.statement_id, 1 + ts_rank(at.search_vector, q.query, 32)::float8, at.id
        from attestation at join article a on a.id = at.article_id, q
        where at.search_vector @@ q.query and a.status in ('PUBLISHED')) matched
  group by key),
page as (select * from hits h order by h.score desc, h.type desc, h.key desc limit 21)
select total.n, p.type, p.key, p.score,
       case when p.type = 'STATEMENT' and p.excerpt_won
            then ts_headline('search_english', search_html_escaped(at.excerpt), q.query, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=30, MinWords=12')
            when p.type = 'STATEMENT'
            then ts_headline('search_english', search_html_escaped(concat_ws(' · ', s.summary, s.quote)), q.query, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=30, MinWords=12')
            when p.type = 'ACTOR' and p.resembling is not null then '<mark>' || search_html_escaped(p.resembling) || '</mark>'
            when p.type = 'ACTOR'
            then ts_headline('search_english', search_html_escaped(concat_ws(' · ', x.name, x.description)), q.query, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=30, MinWords=12')
            when p.type = 'ARTICLE'
            then ts_headline('search_english', search_html_escaped(concat_ws(E'\n\n', a.title, a.summary, a.body)), q.query, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=30, MinWords=12')
       end as highlight,
       s.summary, s.date_text, sp.id as speaker_id, sp.name as speaker_name, x.name as actor_name,
       a.title as article_title, a.published_at, pb.title as publication_title,
       at.excerpt, at.start_offset, at.end_offset, aa.id as passage_article_id, aa.title as passage_article_title
from (select count(*) as n from hits) total
left join page p on true
left join q on true
left join statement s on p.type = 'STATEMENT' and s.id = p.key
left join actor sp on sp.id = s.speaker_id
left join actor x on p.type = 'ACTOR' and x.id = p.key
left join article a on p.type = 'ARTICLE' and a.id = p.key
left join publication pb on p.type = 'PUBLICATION' and pb.id = p.key
left join attestation at on at.id = p.attestation
left join article aa on aa.id = at.article_id
order by p.score desc, p.type desc, p.key desc;
