package org.analyst.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.analyst.editing.EntityEditing;
import org.analyst.editing.Slugs;
import org.analyst.editing.VersionedWrites;
import org.analyst.graphql.RejectedException;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;

/** Editors' changes to actors, and admins' merges and deletes: each whole, in one transaction. */
@ApplicationScoped
public class ActorEditing extends EntityEditing<ActorEntity, ActorInput, Actor> {

    @Inject
    ActorService actors;

    @Inject
    Event<ActorMerging> merging;

    @Inject
    Event<ActorDeleting> deleting;

    public ActorEditing() {
        super(ActorEntity.class, Actor.TYPE);
    }

    @Override
    protected ActorEntity newEntity() {
        return new ActorEntity();
    }

    @Override
    protected Actor read(long key) {
        return actors.byKey(key);
    }

    /**
     * Moves everything that points at the source to the target, keeps the source's names as the
     * target's aliases and its offices as the target's, and deletes the source.
     */
    @Transactional
    public Actor merge(String sourceId, String targetId) {
        String subject = caller.requireAdmin();
        ActorEntity source = find(sourceId, "sourceId");
        ActorEntity target = find(targetId, "targetId");
        if (source.id.equals(target.id)) {
            throw RejectedException.of(ErrorCode.INVALID, "An actor cannot be merged into itself", "targetId");
        }
        if (target.kind != ActorKind.STATE && ActorEntity.count("countryId", source.id) > 0) {
            throw RejectedException.of(ErrorCode.INVALID, "Actors belong to the source as their country, and the"
                    + " target is not a STATE", "targetId");
        }
        target.aliases = mergedNames(target, source);
        target.positions.addAll(source.positions);
        source.positions.clear();
        merging.fire(new ActorMerging(source.id, target.id, subject));
        moveActorReferences(source.id, target.id, subject);
        target.changedBy(subject);
        VersionedWrites.flush(entityManager);
        source.delete();
        VersionedWrites.flush(entityManager);
        return actors.byKey(target.id);
    }

    /** Deletes an actor that nothing references; IN_USE otherwise. */
    @Transactional
    public String delete(String id) {
        caller.requireAdmin();
        ActorEntity actor = find(id, "id");
        deleting.fire(new ActorDeleting(actor.id));
        long members = ActorEntity.count("countryId", actor.id);
        long offices = entityManager.createQuery(
                "select count(a) from ActorEntity a join a.positions p where p.organizationId = :id", Long.class)
                .setParameter("id", actor.id).getSingleResult();
        if (members + offices > 0) {
            throw RejectedException.of(ErrorCode.IN_USE, "Other actors name it as their country or as the"
                    + " organisation of an office (" + (members + offices) + ")", "id");
        }
        actor.delete();
        VersionedWrites.flush(entityManager);
        return id;
    }

    private void moveActorReferences(long source, long target, String subject) {
        List<ActorEntity> referring = entityManager.createQuery("""
                select distinct a from ActorEntity a left join a.positions p
                where a.countryId = :source or p.organizationId = :source""", ActorEntity.class)
                .setParameter("source", source).getResultList();
        for (ActorEntity actor : referring) {
            if (actor.countryId != null && actor.countryId == source) {
                actor.countryId = target;
            }
            actor.positions.stream().filter(p -> p.organizationId != null && p.organizationId == source)
                    .forEach(p -> p.organizationId = target);
            actor.changedBy(subject);
        }
    }

    /** The target's aliases, then the source's name and aliases that the target does not have yet. */
    private static List<ActorName> mergedNames(ActorEntity target, ActorEntity source) {
        List<ActorName> names = new ArrayList<>(target.aliases);
        Set<String> known = names.stream().map(name -> name.name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        known.add(target.name.toLowerCase(Locale.ROOT));
        List<ActorName> incoming = new ArrayList<>(List.of(new ActorName(source.name, NameType.ALIAS)));
        incoming.addAll(source.aliases);
        for (ActorName name : incoming) {
            if (known.add(name.name.toLowerCase(Locale.ROOT))) {
                names.add(new ActorName(name.name, name.type));
            }
        }
        return names;
    }

    @Override
    protected void apply(ActorEntity actor, ActorInput input, UserErrors errors) {
        actor.kind = input.kind;
        actor.name = input.name == null ? actor.name : input.name.strip();
        if (input.slug != null || actor.slug == null) {
            actor.slug = Slugs.choose(input.slug, input.name, slug -> slugTaken(slug, actor.id), errors, "input", "slug");
        }
        if (input.description != null) {
            actor.description = input.description.isBlank() ? null : input.description.strip();
        }
        if (input.organizationType != null) {
            actor.organizationType = input.organizationType;
        }
        ActorRules.organizationType(input.kind, actor.organizationType, errors, "input", "organizationType");
        if (input.aliases != null) {
            actor.aliases = input.aliases.stream().map(alias -> new ActorName(alias.name, alias.type)).toList();
        }
        if (input.countryId != null) {
            actor.countryId = country(errors, input.countryId, actor.id);
        }
        if (input.positions != null) {
            actor.positions = positions(errors, input.positions);
        }
    }

    private Long country(UserErrors errors, String countryId, Long self) {
        Long key = ids.one(errors, countryId, Actor.TYPE, "actor", "input", "countryId");
        if (key != null) {
            ActorEntity country = ActorEntity.findById(key);
            ActorRules.country(key.equals(self), country.slug, country.kind, errors, "input", "countryId");
        }
        return key;
    }

    private List<PositionEntity> positions(UserErrors errors, List<PositionInput> inputs) {
        List<PositionEntity> positions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PositionInput input = inputs.get(i);
            PositionEntity position = new PositionEntity();
            position.title = input.title == null ? null : input.title.strip();
            position.organizationId = ids.one(errors, input.organizationId, Actor.TYPE, "actor", "input", "positions",
                    i, "organizationId");
            if (input.start != null) {
                checkDate(errors, input.start, "input", "positions", i, "start");
                position.start = input.start.precision == null ? null : input.start.toPartialDate();
            }
            if (input.end != null) {
                checkDate(errors, input.end, "input", "positions", i, "end");
                position.end = input.end.precision == null ? null : input.end.toPartialDate();
            }
            ActorRules.office(position.start, position.end, errors, "input", "positions", i, "end");
            position.current = input.end == null;
            positions.add(position);
        }
        return positions;
    }

    private static boolean slugTaken(String slug, Long self) {
        return self == null ? ActorEntity.count("slug", slug) > 0 : ActorEntity.count("slug = ?1 and id <> ?2", slug, self) > 0;
    }
}
