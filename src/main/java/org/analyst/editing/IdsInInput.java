package org.analyst.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.GlobalId;
import org.analyst.graphql.RejectedException;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;

/**
 * Turns the ids of a mutation's input into database keys, checking that each names an existing
 * object of the expected type; one that does not is a NOT_FOUND error at its path.
 */
@ApplicationScoped
public class IdsInInput {

    @Inject
    EntityManager entityManager;

    /** The key of an optional id (null when absent or not found). */
    public Long one(UserErrors errors, String id, String type, String table, Object... path) {
        if (id == null) {
            return null;
        }
        List<Long> keys = existing(List.of(id), type, table, errors, List.of(path), false);
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** The keys of a list of ids, in order, without repeats (empty when absent). */
    public List<Long> all(UserErrors errors, List<String> ids, String type, String table, Object... path) {
        return ids == null ? List.of() : existing(ids, type, table, errors, List.of(path), true);
    }

    private List<Long> existing(List<String> ids, String type, String table, UserErrors errors, List<Object> path,
            boolean indexed) {
        List<Long> keys = new ArrayList<>();
        for (String id : ids) {
            keys.add(keyOf(id, type));
        }
        List<Long> candidates = keys.stream().filter(key -> key != null).distinct().toList();
        Set<Long> found = candidates.isEmpty() ? Set.of() : new HashSet<>(entityManager
                .createNativeQuery("select id from " + table + " where id in (:ids)", Long.class)
                .setParameter("ids", candidates).getResultList());
        List<Long> result = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Long key = keys.get(i);
            if (key == null || !found.contains(key)) {
                List<Object> at = new ArrayList<>(path);
                if (indexed) {
                    at.add(i);
                }
                errors.add(ErrorCode.NOT_FOUND, "No " + type + " has the id " + ids.get(i), at.toArray());
            } else if (!result.contains(key)) {
                result.add(key);
            }
        }
        return result;
    }

    /** The key of the object a mutation acts on, or NOT_FOUND at the argument "id". */
    public static long target(String id, String type) {
        return target(id, type, "id");
    }

    /** The key of an object a mutation acts on, or NOT_FOUND at the named argument. */
    public static long target(String id, String type, String argument) {
        Long key = keyOf(id, type);
        if (key == null) {
            throw notFound(id, type, argument);
        }
        return key;
    }

    public static RejectedException notFound(String id, String type) {
        return notFound(id, type, "id");
    }

    public static RejectedException notFound(String id, String type, String argument) {
        return RejectedException.of(ErrorCode.NOT_FOUND, "No " + type + " has the id " + id, argument);
    }

    /** The key an id names if it is a well-formed id of this type, else null. */
    public static Long keyOf(String id, String type) {
        try {
            GlobalId decoded = GlobalId.decode(id);
            return decoded.type().equals(type) ? decoded.key() : null;
        } catch (BadUserInputException malformed) {
            return null;
        }
    }
}
