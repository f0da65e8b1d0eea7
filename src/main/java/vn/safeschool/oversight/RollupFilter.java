package vn.safeschool.oversight;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;

/**
 * What the oversight numbers are computed over.
 *
 * @param campaignId    the campaign
 * @param asOf          a past moment to compute the state at from the submission history; null for now
 * @param statuses      show only units with institutions in these states (empty: all)
 * @param types         count only these institution types (empty: all)
 * @param ownerships    count only these ownerships (empty: all)
 */
public record RollupFilter(long campaignId, @Nullable Instant asOf, Set<StatusFilter> statuses,
        Set<InstitutionType> types, Set<Ownership> ownerships) {

    public RollupFilter {
        statuses = Set.copyOf(statuses);
        types = Set.copyOf(types);
        ownerships = Set.copyOf(ownerships);
    }

    public static RollupFilter now(long campaignId) {
        return new RollupFilter(campaignId, null, Set.of(), Set.of(), Set.of());
    }

    public RollupFilter asOf(@Nullable Instant moment) {
        return new RollupFilter(campaignId, moment, statuses, types, ownerships);
    }

    public RollupFilter onlyStatuses(Set<StatusFilter> wanted) {
        return new RollupFilter(campaignId, asOf, wanted, types, ownerships);
    }

    public RollupFilter laggingOnly() {
        return onlyStatuses(StatusFilter.LAGGING);
    }
}
