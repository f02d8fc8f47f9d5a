package org.analyst.publication;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.analyst.actor.Actor;
import org.analyst.graphql.Batch;
import org.analyst.graphql.ConnectionLoader;
import org.analyst.graphql.ConnectionQuery;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.Siblings;
import org.analyst.graphql.SortKey;
import org.analyst.graphql.SortOrder;
import org.analyst.graphql.SqlConditions;
import org.analyst.time.DateRangeFilter;

/** Reads publications and what belongs to them, always for many publications at once. */
@ApplicationScoped
public class PublicationService extends NodeService<PublicationEntity, Publication> {

    static final SortOrder NEWEST_FIRST = SortOrder.descending("DATE_DESC", SortKey.date("p.sort_date"),
            SortKey.id("p.id"));

    @Inject
    EntityManager entityManager;

    @Inject
    ConnectionLoader connections;

    public PublicationService() {
        super(Publication.TYPE);
    }

    @Override
    protected List<PublicationEntity> visible(Collection<Long> keys) {
        return PublicationEntity.list("id in ?1", keys);
    }

    @Override
    protected Publication node(PublicationEntity entity, Siblings siblings) {
        return new Publication(entity, siblings);
    }

    public Publication bySlug(String slug) {
        PublicationEntity entity = PublicationEntity.findBySlug(slug);
        return entity == null ? null : new Publication(entity, Siblings.of(entity.id));
    }

    public PublicationConnection connection(PublicationFilter filter, PageArgs args) {
        ConnectionQuery query = new ConnectionQuery("publication p", conditions(filter), NEWEST_FIRST);
        return new PublicationConnection(connections.page(query, args, this::byKeys), connections.count(query));
    }

    List<List<Contribution>> contributionsOf(List<Publication> publications) {
        List<?> rows = entityManager.createQuery("""
                select p.id, c.actorId, c.role, index(c) from PublicationEntity p join p.contributors c
                where p.id in :ids order by p.id, index(c)""")
                .setParameter("ids", Batch.keys(publications, Publication::key))
                .getResultList();
        return Batch.listsFor(publications, Publication::key, Batch.groupByParent(rows,
                row -> new Contribution((Long) row[1], (ContributorRole) row[2], (Integer) row[3])));
    }

    List<List<Long>> publisherKeysOf(List<Publication> publications) {
        List<?> rows = entityManager.createQuery("""
                select p.id, publisher from PublicationEntity p join p.publisherIds publisher
                where p.id in :ids order by p.id, index(publisher)""")
                .setParameter("ids", Batch.keys(publications, Publication::key))
                .getResultList();
        return Batch.listsFor(publications, Publication::key, Batch.groupByParent(rows, row -> (Long) row[1]));
    }

    private static SqlConditions conditions(PublicationFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter == null) {
            return where;
        }
        where.anyOf("p.kind", filter.kinds);
        if (filter.contributorIds != null && !filter.contributorIds.isEmpty()) {
            where.and("exists (select 1 from publication_contributor c where c.publication_id = p.id and c.actor_id in (?))",
                    filter.contributorIds.stream().map(id -> GlobalId.keyOf(id, Actor.TYPE)).toList());
        }
        if (filter.seriesId != null) {
            where.and("p.series_id = ?", GlobalId.keyOf(filter.seriesId, Publication.TYPE));
        }
        if (filter.staffPublication != null) {
            where.and("p.staff_publication = ?", filter.staffPublication);
        }
        DateRangeFilter.overlapping(where, "p.date", filter.from, filter.to);
        return where;
    }
}
