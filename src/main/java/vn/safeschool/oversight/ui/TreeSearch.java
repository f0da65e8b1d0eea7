package vn.safeschool.oversight.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.jspecify.annotations.Nullable;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.UnitRollup;

/** The oversight tree's search by name or code, and the line that says what it found. */
final class TreeSearch extends Span {

    /** How many search matches get their path expanded and are selected. */
    static final int SEARCH_EXPAND = 5;

    private final OrgService org;
    private final TreeGrid<UnitRollup> grid;
    private final LongFunction<@Nullable UnitRollup> rollupOf;

    TreeSearch(OrgService org, TreeGrid<UnitRollup> grid, LongFunction<@Nullable UnitRollup> rollupOf) {
        this.org = org;
        this.grid = grid;
        this.rollupOf = rollupOf;
        setId("oversight-search-result");
        addClassName("ss-search-result");
    }

    /**
     * Expands the path to the first matches of the name or code, selects them and scrolls to the first. A new or
     * cleared search first drops the previous selection: ticks the user cannot see must not decide who is reminded.
     */
    void find(@Nullable String text) {
        grid.deselectAll();
        if (text == null || text.isBlank()) {
            setText("");
            return;
        }
        List<OrgUnitInfo> matches = org.search(text, 0, 20);
        if (matches.isEmpty()) {
            setText(getTranslation("oversight.search.none", text.strip()));
            return;
        }
        List<UnitRollup> found = new ArrayList<>();
        for (OrgUnitInfo match : matches.stream().limit(SEARCH_EXPAND).toList()) {
            List<OrgUnitInfo> path = org.pathTo(match.id());
            List<UnitRollup> ancestors = path.stream().filter(u -> u.id() != match.id())
                    .map(u -> rollupOf.apply(u.id())).filter(r -> r != null).toList();
            grid.expand(ancestors);
            UnitRollup row = rollupOf.apply(match.id());
            if (row != null) {
                found.add(row);
            }
        }
        found.forEach(grid::select);
        if (!found.isEmpty()) {
            grid.scrollToItem(found.getFirst());
        }
        setText(matches.size() > SEARCH_EXPAND
                ? getTranslation("oversight.search.many", matches.size(), SEARCH_EXPAND)
                : getTranslation("oversight.search.found", matches.size()));
    }
}
