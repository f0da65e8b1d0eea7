package vn.safeschool.oversight;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.Structure;

/**
 * What the oversight numbers are computed over.
 *
 * @param campaignId    the campaign
 * @param asOf          a past moment to compute the state at from the submission history; null for now
 * @param statuses      show only units with institutions in these states (empty: all)
 * @param types         count only these institution types (empty: all)
 * @param ownerships    count only these ownerships (empty: all)
 * @param structure     for a past moment: its own tree, or today's ("Theo cơ cấu hiện nay"); now is always today's
 */
public record RollupFilter(long campaignId, @Nullable Instant asOf, Set<StatusFilter> statuses,
        Set<InstitutionType> types, Set<Ownership> ownerships, Structure structure) {

    public RollupFilter {
        statuses = Set.copyOf(statuses);
        types = Set.copyOf(types);
        ownerships = Set.copyOf(ownerships);
        if (asOf == null) {
            structure = Structure.TODAY;
        }
    }

    public RollupFilter(long campaignId, @Nullable Instant asOf, Set<StatusFilter> statuses,
            Set<InstitutionType> types, Set<Ownership> ownerships) {
        this(campaignId, asOf, statuses, types, ownerships, Structure.AS_IT_WAS);
    }

    public static RollupFilter now(long campaignId) {
        return new RollupFilter(campaignId, null, Set.of(), Set.of(), Set.of());
    }

    /** The same, as of a past moment in that moment's own tree (null: now). */
    public RollupFilter asOf(@Nullable Instant moment) {
        return new RollupFilter(campaignId, moment, statuses, types, ownerships, Structure.AS_IT_WAS);
    }

    /** The same moment placed in another structure. */
    public RollupFilter in(Structure wanted) {
        return new RollupFilter(campaignId, asOf, statuses, types, ownerships, wanted);
    }

    public RollupFilter onlyStatuses(Set<StatusFilter> wanted) {
        return new RollupFilter(campaignId, asOf, wanted, types, ownerships, structure);
    }

    public RollupFilter laggingOnly() {
        return onlyStatuses(StatusFilter.LAGGING);
    }

    /** A past moment in today's tree: the figures restated onto today's units. */
    public boolean restated() {
        return asOf != null && structure == Structure.TODAY;
    }
}
