package org.analyst.statement;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.analyst.actor.Actor;
import org.analyst.article.Article;
import org.analyst.article.ArticleStatus;
import org.analyst.article.ArticleVisibility;
import org.analyst.graphql.Batch;
import org.analyst.graphql.ConnectionLoader;
import org.analyst.graphql.ConnectionQuery;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.ParentLink;
import org.analyst.graphql.Siblings;
import org.analyst.graphql.SqlConditions;
import org.analyst.time.DateRangeFilter;

/**
 * Reads the statements the current reader may see (those reported by a visible article), and
 * what belongs to them, always in batches.
 */
@ApplicationScoped
public class StatementService extends NodeService<StatementEntity, Statement> {

    static final ParentLink IN_ARTICLE = new ParentLink("article",
            "exists (select 1 from attestation l where l.statement_id = s.id and l.article_id = parent.id)");
    static final ParentLink BY_SPEAKER = new ParentLink("actor", "s.speaker_id = parent.id");

    @Inject
    EntityManager entityManager;

    @Inject
    ConnectionLoader connections;

    @Inject
    ArticleVisibility visibility;

    public StatementService() {
        super(Statement.TYPE);
    }

    @Override
    protected List<StatementEntity> visible(Collection<Long> keys) {
        return entityManager.createQuery("""
                select s from StatementEntity s where s.id in :ids and exists (
                    select 1 from StatementEntity v join v.attestations at, ArticleEntity a
                    where v.id = s.id and a.id = at.articleId and a.status in :visible)""", StatementEntity.class)
                .setParameter("ids", keys)
                .setParameter("visible", visibility.visibleStatuses())
                .getResultList();
    }

    @Override
    protected Statement node(StatementEntity entity, Siblings siblings) {
        return new Statement(entity, siblings);
    }

    public StatementConnection connection(StatementFilter filter, StatementOrder order, PageArgs args) {
        ConnectionQuery query = query(filter, order);
        return new StatementConnection(connections.page(query, args, this::byKeys), connections.count(query));
    }

    /** One parent's page of statements (newest first), loaded for all its siblings at once. */
    StatementConnection nested(Siblings siblings, long parent, ParentLink link, StatementFilter filter,
            PageArgs args) {
        ConnectionQuery query = query(filter, StatementOrder.DATE_DESC);
        return new StatementConnection(connections.page(siblings, parent, link, query, args, this::byKeys),
                connections.count(siblings, parent, link, query));
    }

    /** Statements about the parent actor: it is a target, with the filter's stances, not merely interpreted. */
    static ParentLink aboutTarget(StatementFilter filter) {
        SqlConditions target = targetConditions(filter, "l");
        return new ParentLink("actor", "exists (select 1 from statement_target l where l.statement_id = s.id"
                + " and l.actor_id = parent.id and " + target.clause() + ")", target.values());
    }

    List<List<StatementTarget>> targetsOf(List<Statement> statements) {
        List<?> rows = entityManager.createQuery("""
                select s.id, t.actorId, t.role, t.stance, t.explicitness, t.interpretedById
                from StatementEntity s join s.targets t where s.id in :ids order by s.id, index(t)""")
                .setParameter("ids", Batch.keys(statements, Statement::key))
                .getResultList();
        return Batch.listsFor(statements, Statement::key, Batch.groupByParent(rows, row -> new StatementTarget(
                (Long) row[1], (TargetRole) row[2], (Stance) row[3], (Explicitness) row[4], (Long) row[5])));
    }

    /** The passages that report each statement, in articles the reader may see. */
    List<List<Attestation>> attestationsOf(List<Statement> statements) {
        List<?> rows = entityManager.createQuery("""
                select s.id, at.articleId, at.form, at.excerpt, at.start, at.end
                from StatementEntity s join s.attestations at, ArticleEntity a
                where s.id in :ids and a.id = at.articleId and a.status in :visible
                order by s.id, index(at)""")
                .setParameter("ids", Batch.keys(statements, Statement::key))
                .setParameter("visible", visibility.visibleStatuses())
                .getResultList();
        return Batch.listsFor(statements, Statement::key, Batch.groupByParent(rows, row -> new Attestation(
                (Long) row[1], (AttestationForm) row[2], (String) row[3], (Integer) row[4], (Integer) row[5])));
    }

    /** Each statement's relations to statements the reader may see. */
    List<List<StatementRelation>> relationsOf(List<Statement> statements) {
        List<?> rows = entityManager.createQuery("""
                select s.id, r.type, r.relatedStatementId
                from StatementEntity s join s.relations r where s.id in :ids order by s.id, index(r)""")
                .setParameter("ids", Batch.keys(statements, Statement::key))
                .getResultList();
        Map<Long, Statement> related = byKeys(rows.stream().map(row -> (Long) ((Object[]) row)[2]).distinct().toList());
        Map<Long, List<StatementRelation>> relations = Batch.groupByParent(
                rows.stream().filter(row -> related.containsKey((Long) ((Object[]) row)[2])).toList(),
                row -> new StatementRelation((RelationType) row[1], related.get((Long) row[2])));
        return Batch.listsFor(statements, Statement::key, relations);
    }

    private ConnectionQuery query(StatementFilter filter, StatementOrder order) {
        SqlConditions where = new SqlConditions();
        List<ArticleStatus> visible = visibility.visibleStatuses();
        where.and("exists (select 1 from attestation v join article va on va.id = v.article_id"
                + " where v.statement_id = s.id and va.status in (?))", visible);
        if (filter != null) {
            if (filter.speakerIds != null) {
                where.anyOf("s.speaker_id", actorKeys(filter.speakerIds));
            }
            if (isGiven(filter.targetIds) || isGiven(filter.stances)) {
                SqlConditions target = targetConditions(filter, "t");
                where.and("exists (select 1 from statement_target t where t.statement_id = s.id and " + target.clause() + ")",
                        target.values().toArray());
            }
            where.anyOf("s.kind", filter.kinds);
            where.anyOf("s.attribution", filter.attribution);
            where.anyOf("s.status", filter.status);
            DateRangeFilter.overlapping(where, "s.date", filter.from, filter.to);
            if (isGiven(filter.articleIds)) {
                where.and("exists (select 1 from attestation r join article ra on ra.id = r.article_id"
                        + " where r.statement_id = s.id and ra.status in (?) and r.article_id in (?))", visible,
                        filter.articleIds.stream().map(id -> GlobalId.keyOf(id, Article.TYPE)).toList());
            }
        }
        return new ConnectionQuery("statement s", where, (order == null ? StatementOrder.DATE_DESC : order).sortOrder());
    }

    /** What makes a target (alias {@code t}) a match: one of targetIds, one of the stances, not merely interpreted. */
    private static SqlConditions targetConditions(StatementFilter filter, String t) {
        SqlConditions target = new SqlConditions();
        if (filter == null || !filter.countsInterpreted()) {
            target.and(t + ".explicitness <> 'INTERPRETED'");
        }
        if (filter != null) {
            target.anyOf(t + ".actor_id", filter.targetIds == null ? null : actorKeys(filter.targetIds));
            target.anyOf(t + ".stance", filter.stances);
        }
        return target;
    }

    private static boolean isGiven(List<?> values) {
        return values != null && !values.isEmpty();
    }

    private static List<Long> actorKeys(List<String> ids) {
        return ids.stream().map(id -> GlobalId.keyOf(id, Actor.TYPE)).distinct().toList();
    }
}
