package org.analyst.publication;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.analyst.actor.Actor;
import org.analyst.editing.EntityEditing;
import org.analyst.editing.Slugs;
import org.analyst.editing.VersionedWrites;
import org.analyst.graphql.RejectedException;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;

/** Editors' changes to publications, and admins' deletes: each whole, in one transaction. */
@ApplicationScoped
public class PublicationEditing extends EntityEditing<PublicationEntity, PublicationInput, Publication> {

    @Inject
    PublicationService publications;

    @Inject
    Event<PublicationDeleting> deleting;

    public PublicationEditing() {
        super(PublicationEntity.class, Publication.TYPE);
    }

    @Override
    protected PublicationEntity newEntity() {
        return new PublicationEntity();
    }

    @Override
    protected Publication read(long key) {
        return publications.byKey(key);
    }

    /** Deletes a publication that no article or other publication references; IN_USE otherwise. */
    @Transactional
    public String delete(String id) {
        caller.requireAdmin();
        PublicationEntity publication = find(id, "id");
        long inSeries = PublicationEntity.count("seriesId", publication.id);
        if (inSeries > 0) {
            throw RejectedException.of(ErrorCode.IN_USE, inSeries + " publication(s) belong to this series", "id");
        }
        deleting.fire(new PublicationDeleting(publication.id));
        publication.delete();
        VersionedWrites.flush(entityManager);
        return id;
    }

    /** Replaces an actor everywhere publications name it: contributions, publishers, outlet. */
    void moveActor(long source, long target, String subject) {
        List<PublicationEntity> referring = entityManager.createQuery("""
                select distinct p from PublicationEntity p left join p.contributors c
                where p.outletId = :source or c.actorId = :source or :source member of p.publisherIds""",
                PublicationEntity.class).setParameter("source", source).getResultList();
        for (PublicationEntity publication : referring) {
            publication.outletId = publication.outletId != null && publication.outletId == source ? target : publication.outletId;
            List<ContributionEntity> contributors = new ArrayList<>();
            for (ContributionEntity contribution : publication.contributors) {
                long actor = contribution.actorId == source ? target : contribution.actorId;
                if (contributors.stream().noneMatch(c -> c.actorId == actor && c.role == contribution.role)) {
                    contributors.add(new ContributionEntity(actor, contribution.role));
                }
            }
            publication.contributors = contributors;
            publication.publisherIds = publication.publisherIds.stream().map(actor -> actor == source ? target : actor)
                    .distinct().toList();
            publication.changedBy(subject);
        }
    }

    /** How many publications name the actor as contributor, publisher or outlet. */
    long referencing(long actor) {
        return entityManager.createQuery("""
                select count(distinct p) from PublicationEntity p left join p.contributors c
                where p.outletId = :actor or c.actorId = :actor or :actor member of p.publisherIds""", Long.class)
                .setParameter("actor", actor).getSingleResult();
    }

    @Override
    protected void apply(PublicationEntity publication, PublicationInput input, UserErrors errors) {
        publication.kind = input.kind;
        publication.title = input.title == null ? publication.title : input.title.strip();
        if (input.slug != null || publication.slug == null) {
            publication.slug = Slugs.choose(input.slug, input.title, slug -> slugTaken(slug, publication.id), errors,
                    "input", "slug");
        }
        if (input.contributors != null) {
            List<ContributionEntity> contributors = new ArrayList<>();
            for (int i = 0; i < input.contributors.size(); i++) {
                Long actor = ids.one(errors, input.contributors.get(i).actorId, Actor.TYPE, "actor", "input",
                        "contributors", i, "actorId");
                contributors.add(new ContributionEntity(actor, input.contributors.get(i).role));
            }
            publication.contributors = contributors;
        }
        if (input.seriesId != null) {
            publication.seriesId = series(errors, input.seriesId, publication.id);
        }
        if (input.outletId != null) {
            publication.outletId = ids.one(errors, input.outletId, Actor.TYPE, "actor", "input", "outletId");
        }
        if (input.publisherIds != null) {
            publication.publisherIds = ids.all(errors, input.publisherIds, Actor.TYPE, "actor", "input", "publisherIds");
        }
        if (input.date != null) {
            checkDate(errors, input.date, "input", "date");
            publication.date = input.date.precision == null ? null : input.date.toPartialDate();
        }
        if (input.url != null) {
            publication.url = input.url.isBlank() ? null : input.url.strip();
        }
        if (input.description != null) {
            publication.description = input.description.isBlank() ? null : input.description.strip();
        }
        if (input.staffPublication != null) {
            publication.staffPublication = input.staffPublication;
        }
    }

    private Long series(UserErrors errors, String seriesId, Long self) {
        Long key = ids.one(errors, seriesId, Publication.TYPE, "publication", "input", "seriesId");
        if (key != null) {
            PublicationEntity series = PublicationEntity.findById(key);
            PublicationRules.series(key.equals(self), series.slug, series.kind, errors, "input", "seriesId");
        }
        return key;
    }

    private static boolean slugTaken(String slug, Long self) {
        return self == null ? PublicationEntity.count("slug", slug) > 0
                : PublicationEntity.count("slug = ?1 and id <> ?2", slug, self) > 0;
    }
}
