package vn.safeschool.org;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which schools a view counts: those under a unit, that a scope (a campaign's) concerns, at a moment, placed in a
 * structure — and always only those in the viewer's jurisdiction today.
 *
 * @param underUnitId     the unit whose schools are counted (as it was at {@code at} in {@link Structure#AS_IT_WAS});
 *                        null for the whole jurisdiction
 * @param scopeUnitId     the scope unit (a campaign's): a school counts if it lay under it at the membership moment
 * @param scopeClosedAt   when the scope stopped taking members (a campaign's closing); null while it is open
 * @param at              the moment shown; null for now
 * @param structure       how the schools are placed (now: always today's tree)
 */
public record SchoolCount(@Nullable Long underUnitId, long scopeUnitId, @Nullable Instant scopeClosedAt,
        @Nullable Instant at, Structure structure) {

    public SchoolCount {
        if (at == null) {
            structure = Structure.TODAY;
        }
    }
}
