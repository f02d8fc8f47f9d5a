-- Ranked full-text search (issue 12): stored, weighted tsvector columns that PostgreSQL keeps
-- current itself (generated columns, so every write path — mutations, import, merges — is covered
-- by construction), GIN indexes on them, and trigram indexes on folded actor names for names
-- typed with typos or another transliteration.
--
-- Weights: A titles and names (actor names and aliases), B summaries and descriptions,
-- C body text, quotes and excerpts. A generated column sees only its own row, so aliases
-- (actor_name) and excerpts (attestation) carry their own column on their own table, and the
-- search combines the ranks in SQL.

-- unaccent lives where the database has it. A new database gets it next to pg_trgm in public
-- (V1 put pg_trgm there and names it so); a database that has it in another schema keeps it
-- there, and everything below names it through that schema, so the application's search_path
-- (its one schema) never needs to reach it.
create extension if not exists unaccent with schema public;

do $$
declare
    home text := (select quote_ident(n.nspname) from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                  where e.extname = 'unaccent');
begin
    -- unaccent() is only STABLE (it reads its dictionary by name through search_path); with the
    -- dictionary named by schema the result cannot change, so this wrapper may be IMMUTABLE and
    -- go into an index. The SQL-standard body is bound at creation, not on each call.
    execute format('create function search_fold(text) returns text language sql immutable strict parallel safe'
        ' return lower(%1$s.unaccent(%2$L::regdictionary, $1))', home, home || '.unaccent');
    -- English stemming and stop words, accents folded first: "Türkiye" finds "Turkiye" and back.
    -- This is the configuration the unaccent documentation shows.
    create text search configuration search_english (copy = pg_catalog.english);
    execute format('alter text search configuration search_english'
        ' alter mapping for hword, hword_part, word with %s.unaccent, english_stem', home);
end
$$;

alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('search_english', title), 'A')
    || setweight(to_tsvector('search_english', coalesce(summary, '')), 'B')
    || setweight(to_tsvector('search_english', body), 'C')) stored;
create index article_fts_idx on article using gin (search_vector);

alter table publication add column search_vector tsvector generated always as (
    setweight(to_tsvector('search_english', title), 'A')
    || setweight(to_tsvector('search_english', coalesce(description, '')), 'B')) stored;
create index publication_fts_idx on publication using gin (search_vector);

-- An actor is found by its name and its aliases together ("CPC pipeline": an alias and a word of
-- the name), so its vector holds both, and triggers keep it current: on the actor's own row, and
-- once per statement for the actor_name rows it changes (an import writes thousands at once).
-- The functions run with the search_path of this migration, whoever writes.
alter table actor add column search_vector tsvector;
create function actor_search_vector(actor_id bigint, name text, description text) returns tsvector
    language sql stable parallel safe
    return setweight(to_tsvector('search_english', name), 'A')
        || setweight(to_tsvector('search_english', coalesce((select string_agg(n.name, ' ' order by n.position)
                                                             from actor_name n where n.actor_id = $1), '')), 'A')
        || setweight(to_tsvector('search_english', coalesce(description, '')), 'B');

create function actor_search_vector_of_row() returns trigger language plpgsql set search_path from current as $$
begin
    new.search_vector := actor_search_vector(new.id, new.name, new.description);
    return new;
end
$$;
create trigger actor_search_vector before insert or update of name, description on actor
    for each row execute function actor_search_vector_of_row();

create function actor_search_vector_of_names() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op = 'INSERT' then
        update actor a set search_vector = actor_search_vector(a.id, a.name, a.description)
        where a.id in (select actor_id from new_names);
    elsif tg_op = 'DELETE' then
        update actor a set search_vector = actor_search_vector(a.id, a.name, a.description)
        where a.id in (select actor_id from old_names);
    else
        update actor a set search_vector = actor_search_vector(a.id, a.name, a.description)
        where a.id in (select actor_id from new_names union select actor_id from old_names);
    end if;
    return null;
end
$$;
create trigger actor_names_inserted after insert on actor_name referencing new table as new_names
    for each statement execute function actor_search_vector_of_names();
create trigger actor_names_updated after update on actor_name referencing old table as old_names new table as new_names
    for each statement execute function actor_search_vector_of_names();
create trigger actor_names_deleted after delete on actor_name referencing old table as old_names
    for each statement execute function actor_search_vector_of_names();

update actor set search_vector = actor_search_vector(id, name, description);
create index actor_fts_idx on actor using gin (search_vector);
-- Names as people type them: case and accents folded, matched by trigram word similarity.
create index actor_fuzzy_idx on actor using gin (search_fold(name) public.gin_trgm_ops);
create index actor_name_fuzzy_idx on actor_name using gin (search_fold(name) public.gin_trgm_ops);

alter table statement add column search_vector tsvector generated always as (
    setweight(to_tsvector('search_english', summary), 'B')
    || setweight(to_tsvector('search_english', coalesce(quote, '')), 'C')) stored;
create index statement_fts_idx on statement using gin (search_vector);

alter table attestation add column search_vector tsvector generated always as (
    setweight(to_tsvector('search_english', excerpt), 'C')) stored;
create index attestation_fts_idx on attestation using gin (search_vector);

-- The text of a highlight, made safe to insert into a page before ts_headline marks it: the
-- default parser keeps entities (&lt;) as single tokens and copies them as they are, so the only
-- markup in a headline is the <mark> it adds.
create function search_html_escaped(text) returns text language sql immutable strict parallel safe
    return replace(replace(replace(replace(replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;');
