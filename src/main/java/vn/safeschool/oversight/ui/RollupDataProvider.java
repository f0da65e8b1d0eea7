package vn.safeschool.oversight.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import org.jspecify.annotations.Nullable;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupLevel;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;

/**
 * The tree of rollups, one level at a time: the root level is the user's home unit, each expanded unit asks the
 * service for its children with their aggregated counts (one query per level). A level is kept until the next
 * {@link #refreshAll()} (new filter, new sort), so that counting and fetching it cost one query, not two. Rows are
 * identified by their unit's id, so expansion and selection survive a refresh.
 */
class RollupDataProvider extends AbstractBackEndHierarchicalDataProvider<UnitRollup, Void> {

    private final transient RollupService rollups;
    private final long homeId;
    /** Where the tree starts for the filter last shown: the home unit, or as it was at a past moment. */
    private long rootId;
    private final transient Supplier<@Nullable RollupFilter> filter;
    private final transient Supplier<Comparator<UnitRollup>> sort;
    private final transient Map<Long, List<UnitRollup>> levels = new HashMap<>();

    RollupDataProvider(RollupService rollups, long rootId, Supplier<@Nullable RollupFilter> filter,
            Supplier<Comparator<UnitRollup>> sort) {
        this.rollups = rollups;
        this.homeId = rootId;
        this.rootId = rootId;
        this.filter = filter;
        this.sort = sort;
    }

    @Override
    public int getChildCount(HierarchicalQuery<UnitRollup, Void> query) {
        return level(query.getParent()).size();
    }

    @Override
    protected Stream<UnitRollup> fetchChildrenFromBackEnd(HierarchicalQuery<UnitRollup, Void> query) {
        return level(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public boolean hasChildren(UnitRollup item) {
        return item.hasChildren();
    }

    @Override
    public Object getId(UnitRollup item) {
        return item.unit().id();
    }

    @Override
    public @Nullable UnitRollup getParent(UnitRollup item) {
        Long parentId = item.unit().parentId();
        RollupFilter current = filter.get();
        if (item.unit().id() == rootId || parentId == null || current == null) {
            return null;
        }
        return rollups.of(current, parentId);
    }

    /** Where the item sits in its level (for scrolling to it); -1 when the filter leaves it out. */
    @Override
    public int getItemIndex(UnitRollup item, HierarchicalQuery<UnitRollup, Void> query) {
        List<UnitRollup> level = level(query.getParent());
        for (int i = 0; i < level.size(); i++) {
            if (level.get(i).unit().id() == item.unit().id()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void refreshAll() {
        levels.clear();
        super.refreshAll();
    }

    /** The rollup of one unit under the current filter (for expanding a path to a search match). */
    @Nullable
    UnitRollup rollupOf(long unitId) {
        RollupFilter current = filter.get();
        return current == null ? null : rollups.of(current, unitId);
    }

    private List<UnitRollup> level(@Nullable UnitRollup parent) {
        RollupFilter current = filter.get();
        if (current == null) {
            return List.of();
        }
        if (parent == null && !levels.containsKey(-1L)) {
            // the root row and its (expanded) first level come from one pass over the subtree
            rootId = current.asOf() == null ? homeId : rollups.root(current).id();
            RollupLevel first = rollups.level(current, rootId, sort.get());
            levels.put(-1L, List.of(first.unit()));
            levels.put(rootId, first.children());
        }
        long key = parent == null ? -1 : parent.unit().id();
        return levels.computeIfAbsent(key, k -> rollups.children(current, parent.unit().id(), sort.get()));
    }
}
