-- Fills Analyst's own schema with synthetic data at a chosen scale, deterministically for a seed.
--
--   psql -h 127.0.0.1 -U postgres -d bench -v scale=1 -v seed=42 -f bench/generate.sql
--
-- Scale 1: 20,000 articles of about 1,000 words in 5 sections, 5,000 actors with aliases and
-- positions, 200,000 statements with 1-3 targets and one attestation each, 2,000 publications.
-- Every random choice is a hash of (seed, what is chosen, row number), so the same seed gives
-- the same rows whatever order PostgreSQL evaluates them in. The schema must exist (Flyway);
-- the script empties every table first.
--
-- Invariants the benchmark's equivalence check relies on, and the schema's own rules:
--   * statements are dated in id order (date_earliest never decreases with id);
--   * every statement has one attestation, in a PUBLISHED article, whose excerpt is
--     body.substring(start, end) (ASCII text, so UTF-16 and character offsets agree);
--   * list `position` columns run 0, 1, 2... per parent; targets of a statement are distinct.

\set ON_ERROR_STOP on
select set_config('bench.seed', :'seed', false);
select set_config('bench.scale', :'scale', false);

begin;

-- A uniform 60-bit number for (seed, tag, n); u() the same as a fraction in [0, 1).
create function pg_temp.h(tag text, n bigint) returns bigint language sql stable parallel safe as
$$ select ('x' || substr(md5(current_setting('bench.seed') || ':' || tag || ':' || n), 1, 15))::bit(60)::bigint $$;
create function pg_temp.u(tag text, n bigint) returns double precision language sql stable parallel safe as
$$ select pg_temp.h(tag, n)::double precision / 1152921504606846976.0 $$;
create function pg_temp.pick(tag text, n bigint, items text[]) returns text language sql stable parallel safe as
$$ select items[1 + pg_temp.h(tag, n) % cardinality(items)] $$;

create temp table size as
select greatest(50, round(5000 * s))::int as actors,
       greatest(10, round(5000 * s / 25))::int as states,
       greatest(10, round(2000 * s))::int as publications,
       greatest(3, round(20 * s))::int as periodicals,
       greatest(100, round(20000 * s))::int as articles,
       greatest(1000, round(200000 * s))::int as statements
from (select current_setting('bench.scale')::numeric as s) scale;

truncate actor, actor_name, actor_position, publication, publication_contributor, publication_publisher,
    article, article_section, article_author, article_region, article_mention, article_read_count,
    statement, statement_target, attestation, statement_relation restart identity cascade;

-- ---------------------------------------------------------------- vocabulary

create temp table word as
select row_number() over () - 1 as i, w
from unnest(string_to_array(
    'the minister said that government would support its neighbour against pressure from abroad while '
    || 'talks on energy trade security and the pipeline continued in the capital after officials warned '
    || 'of sanctions border troops a new agreement on transit routes investment loans and grain exports '
    || 'was signed by the delegation despite criticism from opposition parties and regional analysts who '
    || 'expect tensions over territory sovereignty migration and the war to shape relations with partners '
    || 'in the coming year as elections approach and the economy slows under inflation debt and currency '
    || 'risks that central banks and ministries have tried to contain through reform', ' ')) as w;

create temp table sentence as
select i, initcap(left(text, 1)) || substr(text, 2) || '.' as text, words
from (select s.i, string_agg(w.w, ' ' order by k) as text, count(*) as words
      from generate_series(0, 1999) s(i)
      cross join lateral generate_series(1, 10 + (pg_temp.h('sentence-length', s.i) % 11)::int) k
      join word w on w.i = pg_temp.h('word', s.i * 32 + k) % (select count(*) from word)
      group by s.i) sentences;

create temp table syllable as
select row_number() over () - 1 as i, s
from unnest(array['ka', 'za', 'kh', 'stan', 'ro', 'mir', 'tok', 'vel', 'an', 'bar', 'dor', 'el', 'gan', 'is', 'lem',
    'nor', 'pol', 'ras', 'sen', 'tar', 'ur', 'vi', 'yev', 'zhan', 'ov', 'ma', 'li', 'bek', 'sar', 'dan']) as s;
create function pg_temp.word_name(tag text, n bigint, syllables int) returns text language sql stable as
$$ select initcap(string_agg(s.s, '' order by k))
   from generate_series(1, syllables) k join syllable s on s.i = pg_temp.h(tag, n * 8 + k) % 30 $$;

-- ---------------------------------------------------------------- actors

insert into actor (id, slug, kind, name, description, organization_type, country_id, created_at, updated_at)
select id, lower(replace(name, ' ', '-')) || '-' || id, kind, name,
       case when pg_temp.u('actor-description', id) < 0.5 then name || ' is a ' || lower(kind) || ' in the region.' end,
       case when kind = 'ORGANIZATION' then pg_temp.pick('organization-type', id, array['GOVERNMENT_BODY', 'COURT',
           'MILITARY', 'INTERGOVERNMENTAL', 'COMPANY', 'FINANCIAL_INSTITUTION', 'MEDIA', 'PLATFORM', 'THINK_TANK',
           'UNIVERSITY', 'PUBLISHER', 'OTHER']) end,
       case when kind <> 'STATE' then 1 + pg_temp.h('actor-country', id) % (select states from size) end,
       timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00'
from (select id, kind,
             case kind when 'PERSON' then pg_temp.word_name('first-name', id, 2) || ' ' || pg_temp.word_name('last-name', id, 3)
                       when 'STATE' then pg_temp.word_name('state-name', id, 3)
                       else pg_temp.word_name('org-name', id, 3) || ' ' || pg_temp.pick('org-suffix', id,
                           array['Ministry', 'Bank', 'Institute', 'Council', 'Agency', 'Front', 'Group', 'Corporation']) end as name
      from (select id, case when id <= (select states from size) then 'STATE'
                            when pg_temp.u('actor-kind', id) < 0.6 then 'PERSON'
                            when pg_temp.u('actor-kind', id) < 0.9 then 'ORGANIZATION'
                            else 'GROUP' end as kind
            from generate_series(1, (select actors from size)) id) kinds) named;

insert into actor_name (actor_id, position, name, type)
select a.id, k, a.name || ' ' || pg_temp.word_name('alias', a.id * 4 + k, 1),
       pg_temp.pick('alias-type', a.id * 4 + k, array['ALIAS', 'ABBREVIATION', 'METONYM', 'FORMER', 'MISSPELLING', 'TRANSLITERATION'])
from actor a cross join lateral generate_series(0, (pg_temp.h('alias-count', a.id) % 4)::int - 1) k;

insert into actor_position (actor_id, position, title, organization_id, start_text, start_precision, start_earliest,
    start_latest, start_year_inferred, current)
select a.id, k,
       pg_temp.pick('position-title', a.id * 4 + k, array['President', 'Prime Minister', 'Minister of Foreign Affairs',
           'Ambassador', 'Chairman', 'Deputy Head of the Security Council', 'Spokesperson', 'Governor']),
       case when pg_temp.u('position-org', a.id * 4 + k) < 0.7 then 1 + pg_temp.h('position-org-id', a.id * 4 + k) % (select states from size) end,
       extract(year from d)::text, 'YEAR', date_trunc('year', d)::date, (date_trunc('year', d) + interval '1 year - 1 day')::date, false,
       k = 0
from actor a
cross join lateral generate_series(0, (pg_temp.h('position-count', a.id) % 3)::int - 1) k
cross join lateral (select date '2000-01-01' + (pg_temp.h('position-start', a.id * 4 + k) % 8000)::int as d) start
where a.kind = 'PERSON';

-- ---------------------------------------------------------------- publications

insert into publication (id, slug, kind, title, date_text, date_precision, date_earliest, date_latest,
    date_year_inferred, staff_publication, created_at, updated_at)
select id, 'publication-' || id, kind, title, to_char(d, 'FMDD Month YYYY'), 'DAY', d, d, false,
       pg_temp.u('publication-staff', id) < 0.3, timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00'
from (select id,
             case when id <= (select periodicals from size) then 'PERIODICAL'
                  else pg_temp.pick('publication-kind', id, array['SERIES', 'RESEARCH_PAPER', 'BOOK', 'EDITED_VOLUME',
                      'REPORT', 'EXTERNAL_ANALYSIS']) end as kind,
             initcap(pg_temp.word_name('publication-title', id, 3)) || ' ' || pg_temp.pick('publication-noun', id,
                 array['Review', 'Analyst', 'Papers', 'Report', 'Quarterly', 'Studies']) as title,
             date '2010-01-01' + (pg_temp.h('publication-date', id) % 5000)::int as d
      from generate_series(1, (select publications from size)) id) p;

create temp table person as
select row_number() over (order by id) - 1 as i, id from actor where kind = 'PERSON';
create temp table organization as
select row_number() over (order by id) - 1 as i, id from actor where kind = 'ORGANIZATION';

insert into publication_contributor (publication_id, position, actor_id, role)
select publication_id, row_number() over (partition by publication_id order by k) - 1, actor_id, role
from (select distinct on (p.id, person.id) p.id as publication_id, k, person.id as actor_id,
             pg_temp.pick('contributor-role', p.id * 4 + k, array['AUTHOR', 'AUTHOR', 'EDITOR', 'TRANSLATOR', 'CONTRIBUTOR']) as role
      from publication p
      cross join lateral generate_series(0, (pg_temp.h('contributor-count', p.id) % 2)::int) k
      join person on person.i = pg_temp.h('contributor', p.id * 4 + k) % (select count(*) from person)
      order by p.id, person.id, k) c;

insert into publication_publisher (publication_id, position, actor_id)
select p.id, 0, o.id
from publication p join organization o on o.i = pg_temp.h('publisher', p.id) % (select count(*) from organization);

-- ---------------------------------------------------------------- articles

-- Five sections of 2-3 paragraphs of 5 sentences: about 1,000 words.
create temp table paragraph as
select a as article_id, sec, par, string_agg(s.text, ' ' order by k) as text, sum(s.words) as words
from generate_series(1, (select articles from size)) a
cross join generate_series(0, 4) sec
cross join lateral generate_series(0, 1 + (pg_temp.h('paragraph-count', a * 8 + sec) % 2)::int) par
cross join generate_series(0, 4) k
join sentence s on s.i = pg_temp.h('sentence', (a * 8 + sec) * 8 * 8 + par * 8 + k) % 2000
group by a, sec, par;

create temp table article_text as
select article_id, string_agg(text, E'\n\n' order by sec, par) as body, sum(words)::int as words
from paragraph group by article_id;

insert into article (id, slug, title, summary, category, status, published_at, periodical_id, body, word_count,
    created_at, updated_at)
select t.article_id, 'article-' || t.article_id, title, 'A synthetic analysis of ' || lower(title) || '.',
       pg_temp.pick('category', t.article_id, array['Analytical Articles', 'Field Reports', 'Commentary']),
       status, case when status <> 'DRAFT' then published end,
       1 + pg_temp.h('article-periodical', t.article_id) % (select periodicals from size),
       t.body, t.words, published, published
from article_text t
cross join lateral (select initcap(pg_temp.word_name('article-title', t.article_id, 3)) || ' '
                           || pg_temp.pick('article-title-rest', t.article_id, array['Backs Its Neighbour',
                               'Hedges Its Bets', 'Faces New Sanctions', 'Turns to the East', 'Courts Investors']) as title,
                           case when pg_temp.u('article-status', t.article_id) < 0.95 then 'PUBLISHED'
                                when pg_temp.u('article-status', t.article_id) < 0.98 then 'DRAFT'
                                else 'WITHDRAWN' end as status,
                           timestamptz '2016-01-01 00:00:00+00'
                               + make_interval(mins => (t.article_id::bigint * 3650 * 1440 / (select articles from size))::int
                                                       + (pg_temp.h('article-minute', t.article_id) % 600)::int) as published) a;

insert into article_section (article_id, position, role, heading, paragraphs)
select article_id, sec, (array['LEDE', 'BACKGROUND', 'BODY', 'IMPLICATIONS', 'CONCLUSIONS'])[sec + 1],
       case when sec > 0 then (array['LEDE', 'BACKGROUND', 'BODY', 'IMPLICATIONS', 'CONCLUSIONS'])[sec + 1] end,
       array_agg(text order by par)
from paragraph group by article_id, sec;

insert into article_read_count (article_id, read_count)
select id, (pg_temp.h('read-count', id) % 10000)::int from article;

-- Authors are people, regions states, mentions anyone; distinct per article, positions from 0.
insert into article_author (article_id, position, actor_id)
select article_id, row_number() over (partition by article_id order by k) - 1, actor_id
from (select distinct on (a.id, person.id) a.id as article_id, k, person.id as actor_id
      from article a cross join lateral generate_series(0, (pg_temp.h('author-count', a.id) % 2)::int) k
      join person on person.i = pg_temp.h('author', a.id * 4 + k) % (select count(*) from person)
      order by a.id, person.id, k) d;

insert into article_region (article_id, position, actor_id)
select article_id, row_number() over (partition by article_id order by k) - 1, actor_id
from (select distinct on (a.id, 1 + pg_temp.h('region', a.id * 4 + k) % (select states from size))
             a.id as article_id, k, 1 + pg_temp.h('region', a.id * 4 + k) % (select states from size) as actor_id
      from article a cross join lateral generate_series(0, (pg_temp.h('region-count', a.id) % 2)::int) k
      order by 1 + pg_temp.h('region', a.id * 4 + k) % (select states from size), a.id, k) d;

insert into article_mention (article_id, position, actor_id)
select article_id, row_number() over (partition by article_id order by k) - 1, actor_id
from (select distinct on (a.id, actor_id) a.id as article_id, k, actor_id
      from article a cross join lateral generate_series(0, 1 + (pg_temp.h('mention-count', a.id) % 3)::int) k
      cross join lateral (select 1 + floor(pg_temp.u('mention', a.id * 4 + k) ^ 2 * (select actors from size))::bigint as actor_id) m
      order by a.id, actor_id, k) d;

-- ---------------------------------------------------------------- statements

-- Dated in id order over ten years; speakers and targets skewed towards the first actors (the
-- states), as real coverage is.
insert into statement (id, speaker_id, kind, mode, summary, quote, date_text, date_precision, date_earliest,
    date_latest, medium, attribution, status, created_at, updated_at)
select id, speaker_id, kind, mode,
       initcap(pg_temp.word_name('speaker-word', id, 2)) || ' ' || lower(kind) || ': ' || s.text,
       case when pg_temp.u('statement-quote', id) < 0.3 then s.text end,
       case precision when 'DAY' then to_char(earliest, 'FMDD Month YYYY')
                      when 'PART_OF_MONTH' then 'late ' || to_char(earliest, 'FMMonth YYYY')
                      else to_char(earliest, 'FMMonth YYYY') || ' or later' end,
       precision, earliest,
       case precision when 'DAY' then earliest when 'PART_OF_MONTH' then earliest + 9
                      else earliest + (pg_temp.h('statement-range', id) % 90)::int end,
       pg_temp.pick('statement-medium', id, array['SPEECH', 'REMARKS', 'MEETING', 'INTERVIEW', 'PRESS_CONFERENCE',
           'SOCIAL_MEDIA_POST', 'VIDEO_POST', 'TV_BROADCAST', 'OFFICIAL_STATEMENT', 'UNSPECIFIED']),
       pg_temp.pick('statement-attribution', id, array['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'ATTRIBUTED', 'DISPUTED', 'DENIED']),
       pg_temp.pick('statement-status', id, array['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'EDITED', 'DELETED', 'RETRACTED', 'REVERSED']),
       timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00'
from (select id,
             1 + floor(pg_temp.u('speaker', id) ^ 2 * (select actors from size))::bigint as speaker_id,
             pg_temp.pick('statement-kind', id, array['SUPPORT', 'COOPERATION', 'INTENT', 'ANNOUNCEMENT',
                 'CONSULTATION', 'ASSERTION', 'TERRITORIAL_CLAIM', 'CRITICISM', 'ACCUSATION', 'DEMAND', 'PRESSURE',
                 'WARNING', 'THREAT', 'REFUSAL', 'NON_RECOGNITION', 'ORDER', 'SANCTION', 'DECISION', 'DENIAL', 'RETRACTION']) as kind,
             pg_temp.pick('statement-mode', id, array['UTTERANCE', 'UTTERANCE', 'DOCUMENT', 'DECISION', 'REPORTED_POSITION']) as mode,
             case when pg_temp.u('statement-precision', id) < 0.7 then 'DAY'
                  when pg_temp.u('statement-precision', id) < 0.85 then 'PART_OF_MONTH' else 'RANGE' end as precision,
             date '2016-01-01' + ((id - 1)::bigint * 3650 / (select statements from size))::int as earliest
      from generate_series(1, (select statements from size)) id) st
join sentence s on s.i = pg_temp.h('statement-sentence', st.id) % 2000;

insert into statement_target (statement_id, position, actor_id, role, stance, explicitness, interpreted_by_id)
select statement_id, row_number() over (partition by statement_id order by k) - 1, actor_id,
       pg_temp.pick('target-role', statement_id * 4 + k, array['ADDRESSEE', 'SUBJECT', 'BENEFICIARY', 'WARNED', 'THREATENED', 'REFUSED', 'AFFECTED']),
       pg_temp.pick('target-stance', statement_id * 4 + k, array['SUPPORTIVE', 'COOPERATIVE', 'NEUTRAL', 'CRITICAL', 'HOSTILE']),
       explicitness,
       case when explicitness = 'INTERPRETED' then 1 + pg_temp.h('interpreted-by', statement_id * 4 + k) % (select actors from size) end
from (select distinct on (s.id, t.actor_id) s.id as statement_id, k, t.actor_id,
             case when pg_temp.u('target-explicitness', s.id * 4 + k) < 0.7 then 'EXPLICIT'
                  when pg_temp.u('target-explicitness', s.id * 4 + k) < 0.95 then 'IMPLICIT' else 'INTERPRETED' end as explicitness
      from statement s
      cross join lateral generate_series(0, (pg_temp.h('target-count', s.id) % 3)::int) k
      cross join lateral (select 1 + floor(pg_temp.u('target', s.id * 4 + k) ^ 3 * (select actors from size))::bigint as actor_id) t
      order by s.id, t.actor_id, k) d;

create temp table published_article as
select row_number() over (order by id) - 1 as i, id, body from article where status = 'PUBLISHED';

insert into attestation (statement_id, position, article_id, form, excerpt, start_offset, end_offset)
select s.id, 0, a.id, pg_temp.pick('attestation-form', s.id, array['DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE', 'SUMMARY']),
       substr(a.body, start + 1, len), start, start + len
from statement s
join published_article a on a.i = pg_temp.h('attestation-article', s.id) % (select count(*) from published_article)
cross join lateral (select (pg_temp.h('attestation-start', s.id) % (length(a.body) - 200))::int as start,
                           60 + (pg_temp.h('attestation-length', s.id) % 100)::int as len) span;

select setval(pg_get_serial_sequence('actor', 'id'), (select max(id) from actor));
select setval(pg_get_serial_sequence('publication', 'id'), (select max(id) from publication));
select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('statement', 'id'), (select max(id) from statement));

commit;

-- Vacuum as well as analyze: without a visibility map the first readers would set hint bits
-- and fetch heap pages for index-only scans, and the first measured rounds would pay for it.
vacuum (analyze);

select (select count(*) from actor) as actors, (select count(*) from publication) as publications,
       (select count(*) from article) as articles, (select round(avg(word_count)) from article) as words_per_article,
       (select count(*) from statement) as statements, (select count(*) from statement_target) as targets,
       (select count(*) from attestation) as attestations;
