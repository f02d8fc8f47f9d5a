#!/usr/bin/env bash
# Tests the generator: the same seed gives the same rows, another seed other rows, and the data
# keeps the rules the application and the benchmark rely on. Uses scratch databases
# bench_test_a/b/c with the schema of database `bench` (run bench/run.sh once first).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")/.." && pwd)
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
SCALE=${SCALE:-0.01}
fail() { echo "FAIL: $*" >&2; exit 1; }

checksum() { # database -> one md5 over every table's rows in a fixed order
  "${PSQL[@]}" -d "$1" -tAc "select md5(string_agg(table_name || ':' || (xpath('//c/text()',
      query_to_xml(format('select md5(coalesce(string_agg(t::text, ''|'' order by t::text), '''')) as c from %I t',
      table_name), false, false, '')))[1]::text, ',' order by table_name))
    from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name <> 'flyway_schema_history'"
}

for db in bench_test_a bench_test_b bench_test_c; do
  "${PSQL[@]}" -d postgres -c "drop database if exists $db" -c "create database $db"
  pg_dump -s -h 127.0.0.1 -U postgres bench | "${PSQL[@]}" -d $db > /dev/null
done
"${PSQL[@]}" -d bench_test_a -v scale=$SCALE -v seed=7 -f "$BENCH/generate.sql" > /dev/null
"${PSQL[@]}" -d bench_test_b -v scale=$SCALE -v seed=7 -f "$BENCH/generate.sql" > /dev/null
"${PSQL[@]}" -d bench_test_c -v scale=$SCALE -v seed=8 -f "$BENCH/generate.sql" > /dev/null

a=$(checksum bench_test_a); b=$(checksum bench_test_b); c=$(checksum bench_test_c)
[ -n "$a" ] || fail "no checksum"
[ "$a" = "$b" ] || fail "the same seed gave different data"
[ "$a" != "$c" ] || fail "another seed gave the same data"
echo "ok: same seed, same data ($a); another seed, other data"

# The rules: each query returns the number of rows that break one; all must be 0.
broken=$("${PSQL[@]}" -d bench_test_a -tA <<'SQL'
select 'excerpt is not body[start, end)', count(*) from attestation at join article a on a.id = at.article_id
  where substr(a.body, at.start_offset + 1, at.end_offset - at.start_offset) <> at.excerpt or a.body !~ '^[\x20-\x7e\n]*$'
union all select 'statement without one attestation in a published article', count(*) from statement s
  where (select count(*) from attestation at join article a on a.id = at.article_id
         where at.statement_id = s.id and a.status = 'PUBLISHED') <> 1
union all select 'statement without 1-3 targets', count(*) from statement s
  where (select count(*) from statement_target t where t.statement_id = s.id) not between 1 and 3
union all select 'statements not dated in id order', count(*) from (select date_earliest < lag(date_earliest) over (order by id) as back from statement) d where back
union all select 'body is not its sections', count(*) from article a
  where a.body <> (select string_agg(p, E'\n\n' order by s.position, o) from article_section s, unnest(s.paragraphs) with ordinality u(p, o) where s.article_id = a.id)
union all select 'positions not contiguous from 0', count(*) from (
  select actor_id as parent, position, row_number() over (partition by actor_id order by position) - 1 as expected from actor_name
  union all select actor_id, position, row_number() over (partition by actor_id order by position) - 1 from actor_position
  union all select article_id, position, row_number() over (partition by article_id order by position) - 1 from article_section
  union all select article_id, position, row_number() over (partition by article_id order by position) - 1 from article_author
  union all select article_id, position, row_number() over (partition by article_id order by position) - 1 from article_region
  union all select article_id, position, row_number() over (partition by article_id order by position) - 1 from article_mention
  union all select statement_id, position, row_number() over (partition by statement_id order by position) - 1 from statement_target
  union all select publication_id, position, row_number() over (partition by publication_id order by position) - 1 from publication_contributor
  ) p where position <> expected
union all select 'article without a read count', count(*) from article a where not exists (select 1 from article_read_count r where r.article_id = a.id)
union all select 'word count off', count(*) from article where word_count <> array_length(regexp_split_to_array(btrim(body), '\s+'), 1);
SQL
)
echo "$broken" | awk -F'|' '$2 != 0 {bad = 1; print "FAIL: " $1 ": " $2} END {exit bad}' || fail "the data breaks a rule"
echo "ok: every rule holds"
for db in bench_test_a bench_test_b bench_test_c; do "${PSQL[@]}" -d postgres -c "drop database $db"; done
