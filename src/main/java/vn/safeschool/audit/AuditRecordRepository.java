package vn.safeschool.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import vn.safeschool.base.audit.AuditAction;

/**
 * Appends and reads audit records; on purpose it offers neither update nor delete. Every read is bounded by a
 * {@link Where}, whose first condition is always the reader's jurisdiction.
 */
@Repository
class AuditRecordRepository {

    @PersistenceContext
    private EntityManager entityManager;

    void append(AuditRecord record) {
        entityManager.persist(record);
    }

    /** Newest first. */
    List<AuditRecord> find(Where where, int offset, int limit) {
        TypedQuery<AuditRecord> query = entityManager.createQuery(
                "select e from AuditRecord e where " + where.jpql() + " order by e.occurredAt desc, e.id desc",
                AuditRecord.class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(Where where) {
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(e) from AuditRecord e where " + where.jpql(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The conditions of a read, AND-ed.
     *
     * @param scope          the jurisdiction: {@code unit_path LIKE scope}
     * @param withoutUnit    also the events that concern no unit (sign-ins): only for a jurisdiction over a whole tree
     * @param subtree        a unit's subtree, as a path prefix pattern
     * @param usernameLike   a LIKE pattern over the actor's name, lower case, with its wildcards escaped by '!'
     */
    record Where(String scope, boolean withoutUnit, @Nullable String subtree, @Nullable String usernameLike,
            Set<AuditAction> actions, @Nullable Instant from, @Nullable Instant to) {

        String jpql() {
            List<String> conditions = new ArrayList<>();
            conditions.add(withoutUnit ? "(e.unitPath like :scope or e.unitPath is null)" : "e.unitPath like :scope");
            if (subtree != null) {
                conditions.add("e.unitPath like :subtree");
            }
            if (usernameLike != null) {
                conditions.add("lower(e.actorName) like :username escape '!'");
            }
            if (!actions.isEmpty()) {
                conditions.add("e.action in :actions");
            }
            if (from != null) {
                conditions.add("e.occurredAt >= :from");
            }
            if (to != null) {
                conditions.add("e.occurredAt < :to");
            }
            return String.join(" and ", conditions);
        }

        Map<String, Object> parameters() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("scope", scope);
            if (subtree != null) {
                parameters.put("subtree", subtree);
            }
            if (usernameLike != null) {
                parameters.put("username", usernameLike);
            }
            if (!actions.isEmpty()) {
                parameters.put("actions", actions);
            }
            if (from != null) {
                parameters.put("from", from);
            }
            if (to != null) {
                parameters.put("to", to);
            }
            return parameters;
        }
    }
}
