-- Editorial writes: who changed each object last, and read counts apart from the article row.

alter table actor add column updated_by text;
alter table publication add column updated_by text;
alter table article add column updated_by text;
alter table statement add column updated_by text;

-- Counting a view updates this row only, so it never waits for an editor's transaction on the
-- article row, and saving an article never writes (or resets) its count.
create table article_read_count (
    article_id bigint  primary key references article (id) on delete cascade,
    read_count integer not null default 0 check (read_count >= 0)
);
insert into article_read_count (article_id, read_count) select id, read_count from article;
drop index article_read_count_order_idx;
alter table article drop column read_count;
create index article_read_count_order_idx on article_read_count (read_count, article_id);
