-- Live subscriptions (issue 13): a transactional outbox of what subscribers are told, written by
-- PostgreSQL itself in the transaction of every write (mutations, imports, merges alike), and a
-- NOTIFY that wakes every instance when such a transaction commits. A rolled-back transaction
-- writes no event and notifies no one.
--
-- live_event: one row per thing to announce, in the order of their ids (the instances read them by
-- id, org.analyst.live.OutboxCursor):
--   ARTICLE_PUBLISHED  subject_id is an article that became PUBLISHED (for everyone);
--   STATEMENT_ADDED    subject_id is a statement that became visible to readers (a published article
--                      reports it) and/or to editors (some article reports it), as `readers` and
--                      `editors` say. A statement created with a passage in a draft is announced to
--                      editors then, and to readers when that article is published.
-- Rows are pruned after analyst.live.retention (org.analyst.live.OutboxReader).

create table live_event (
    id         bigserial   primary key,
    kind       text        not null check (kind in ('ARTICLE_PUBLISHED', 'STATEMENT_ADDED')),
    subject_id bigint      not null,
    readers    boolean     not null,
    editors    boolean     not null,
    created_at timestamptz not null default clock_timestamp(),
    check (readers or editors)
);
create index live_event_created_idx on live_event (created_at);

-- Whom each statement was last announced to: events are the changes of this, so a statement whose
-- passages are deleted and written again in one transaction (an update) is not announced twice.
create table live_statement_audience (
    statement_id bigint  primary key references statement (id) on delete cascade,
    readers      boolean not null,
    editors      boolean not null
);

-- Announces the statements among ids that became visible to readers or editors since they were
-- last announced, and records whom they are visible to now (as ArticleVisibility has it: readers see
-- statements a PUBLISHED article reports, editors those any article reports). The statements' rows
-- are locked first, as timeline_refresh does, so that two transactions changing one statement take
-- turns and the second reads what the first committed.
create function live_announce(ids bigint[]) returns void language plpgsql set search_path from current as $$
begin
    perform 1 from statement where id = any(ids) order by id for update;
    with now_visible as (
        select s.id, coalesce(bool_or(a.status = 'PUBLISHED'), false) as readers, count(at.id) > 0 as editors
        from statement s left join attestation at on at.statement_id = s.id left join article a on a.id = at.article_id
        where s.id = any(ids) group by s.id
    ), announced as (
        insert into live_event (kind, subject_id, readers, editors)
        select 'STATEMENT_ADDED', n.id, n.readers and not coalesce(o.readers, false), n.editors and not coalesce(o.editors, false)
        from now_visible n left join live_statement_audience o on o.statement_id = n.id
        where (n.readers and not coalesce(o.readers, false)) or (n.editors and not coalesce(o.editors, false))
        order by n.id
    )
    insert into live_statement_audience as o (statement_id, readers, editors)
    select id, readers, editors from now_visible
    on conflict (statement_id) do update set readers = excluded.readers, editors = excluded.editors
    where (o.readers, o.editors) is distinct from (excluded.readers, excluded.editors);
end
$$;

-- The checks run when the transaction commits (deferred constraint triggers), on what it leaves
-- behind rather than on each step: passages are rewritten as a whole on update, and an article may
-- be published in the same transaction that added its statements.
create function live_passage_changed() returns trigger language plpgsql set search_path from current as $$
begin
    if tg_op = 'DELETE' then
        perform live_announce(array[old.statement_id]);
    elsif tg_op = 'UPDATE' and old.statement_id <> new.statement_id then
        perform live_announce(array[old.statement_id, new.statement_id]);
    else
        perform live_announce(array[new.statement_id]);
    end if;
    return null;
end
$$;
create constraint trigger live_passage_changed after insert or update or delete on attestation
    deferrable initially deferred for each row execute function live_passage_changed();

create function live_article_changed() returns trigger language plpgsql set search_path from current as $$
begin
    if new.status = 'PUBLISHED' and (tg_op = 'INSERT' or old.status <> 'PUBLISHED') then
        insert into live_event (kind, subject_id, readers, editors) values ('ARTICLE_PUBLISHED', new.id, true, true);
    end if;
    if tg_op = 'UPDATE' and old.status <> new.status then
        perform live_announce(array(select distinct statement_id from attestation where article_id = new.id));
    end if;
    return null;
end
$$;
create constraint trigger live_article_changed after insert or update of status on article
    deferrable initially deferred for each row execute function live_article_changed();

-- NOTIFY is transactional: the instances are woken when the transaction that wrote the events commits.
create function live_event_notify() returns trigger language plpgsql set search_path from current as $$
begin
    perform notify_instances('live', '');
    return null;
end
$$;
create trigger live_event_notify after insert on live_event for each statement execute function live_event_notify();

-- Statements already visible are not new.
insert into live_statement_audience (statement_id, readers, editors)
select s.id, coalesce(bool_or(a.status = 'PUBLISHED'), false), count(at.id) > 0
from statement s left join attestation at on at.statement_id = s.id left join article a on a.id = at.article_id
group by s.id;
