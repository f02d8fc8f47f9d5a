package org.analyst.editing;

import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.analyst.audit.AuditedEntity;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;
import org.analyst.security.Caller;
import org.analyst.time.DateConsistency;
import org.analyst.time.PartialDateInput;

/**
 * How an editor creates and updates one kind of object: the caller needs the editor role, the
 * whole input is checked (Bean Validation, then the feature's rules) before anything is
 * written, and the write happens in one transaction that user errors roll back.
 *
 * @param <E> the entity
 * @param <I> the GraphQL input
 * @param <N> the GraphQL type returned
 */
public abstract class EntityEditing<E extends AuditedEntity, I, N> {

    @Inject
    protected Caller caller;

    @Inject
    protected Validator validator;

    @Inject
    protected IdsInInput ids;

    @Inject
    protected EntityManager entityManager;

    private final Class<E> entityClass;
    private final String type;

    protected EntityEditing(Class<E> entityClass, String type) {
        this.entityClass = entityClass;
        this.type = type;
    }

    /** A new, empty entity with the feature's defaults. */
    protected abstract E newEntity();

    /** Copies the input onto the entity, adding what breaks the feature's rules to the errors. */
    protected abstract void apply(E entity, I input, UserErrors errors);

    /** The entity as the GraphQL type, as the editor now sees it. */
    protected abstract N read(long key);

    @Transactional
    public N create(I input) {
        String subject = caller.requireEditor();
        E entity = newEntity();
        save(entity, input, subject);
        VersionedWrites.persist(entityManager, entity);
        return read(entity.id);
    }

    @Transactional
    public N update(String id, I input, int expectedVersion) {
        String subject = caller.requireEditor();
        E entity = find(id, "id");
        VersionedWrites.checkVersion(entity, expectedVersion);
        save(entity, input, subject);
        VersionedWrites.flush(entityManager);
        return read(entity.id);
    }

    /** The entity a mutation's argument names, or NOT_FOUND at that argument. */
    protected E find(String id, String argument) {
        E entity = entityManager.find(entityClass, IdsInInput.target(id, type, argument));
        if (entity == null) {
            throw IdsInInput.notFound(id, type, argument);
        }
        return entity;
    }

    /** Adds the inconsistency of a date of the input, if any, to the errors, at the date's path. */
    public static void checkDate(UserErrors errors, PartialDateInput date, Object... path) {
        DateConsistency.Problem problem = date.problem();
        if (problem != null) {
            Object[] field = Arrays.copyOf(path, path.length + 1);
            field[path.length] = problem.field();
            errors.add(ErrorCode.INVALID, problem.message(), field);
        }
    }

    private void save(E entity, I input, String subject) {
        entity.changedBy(subject);
        UserErrors errors = new UserErrors().addViolations("input", validator.validate(input));
        apply(entity, input, errors);
        errors.throwIfAny();
    }
}
