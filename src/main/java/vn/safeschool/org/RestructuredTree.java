package vn.safeschool.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.Restructuring.Action;

/**
 * The tree after a reorganisation's steps: merged units' children follow them, every path is recomputed top down,
 * and no open unit is left under a school, under a closed unit or without a parent. Problems go to the steps' codes,
 * at the line of the step that caused them.
 */
final class RestructuredTree {

    static final int MAX_PATH = 255;

    /** A dissolved unit, its successor (or null) and the unit that takes over its work. */
    record HandOver(RestructureNode unit, @Nullable RestructureNode successor, RestructureNode taker) {
    }

    private final Map<Long, RestructureNode> nodes;
    private final StepCodes codes;
    private final Map<RestructureNode, Integer> closedBy;
    private final Map<RestructureNode, List<RestructureNode>> successors;

    RestructuredTree(Map<Long, RestructureNode> nodes, StepCodes codes, Map<RestructureNode, Integer> closedBy,
            Map<RestructureNode, List<RestructureNode>> successors) {
        this.nodes = nodes;
        this.codes = codes;
        this.closedBy = closedBy;
        this.successors = successors;
    }

    /** The open units under a merged one that no step moves go with it into its successor. */
    void mergedChildrenFollow(List<RestructureModel.Lineage> lineage, Set<RestructureNode> explicitlyMoved) {
        Map<Long, List<RestructureNode>> children = childrenBefore();
        for (RestructureModel.Lineage l : lineage) {
            if (l.kind() != Action.MERGE) {
                continue;
            }
            for (RestructureNode child : children.getOrDefault(l.predecessor().id, List.of())) {
                if (child.oldActive && child.active && !explicitlyMoved.contains(child)) {
                    child.parent = l.successor().id;
                }
            }
        }
    }

    private Map<Long, List<RestructureNode>> childrenBefore() {
        Map<Long, List<RestructureNode>> children = new HashMap<>();
        nodes.values().stream().filter(n -> n.oldParent != null)
                .forEach(n -> children.computeIfAbsent(n.oldParent, p -> new ArrayList<>()).add(n));
        return children;
    }

    /** Every unit's path from its new parent's, top down; a step that would make a unit its own ancestor is named. */
    void computePaths() {
        Set<Long> done = new HashSet<>();
        for (RestructureNode node : nodes.values()) {
            List<RestructureNode> chain = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            RestructureNode at = node;
            while (at != null && !done.contains(at.id)) {
                if (!seen.add(at.id)) {
                    // named at the step that closed the loop: the unit in it that a step placed anew
                    RestructureNode placed = chain.stream().filter(c -> c.placedBy != 0).findFirst().orElse(at);
                    codes.problem(placed.placedBy != 0 ? placed.placedBy : closedOrLine(at), "reorg.problem.cycle",
                            placed.code);
                    return;
                }
                chain.add(at);
                at = at.parent == null ? null : nodes.get(at.parent);
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                RestructureNode n = chain.get(i);
                RestructureNode parent = n.parent == null ? null : nodes.get(n.parent);
                n.path = (parent == null ? "/" : parent.path) + n.id + "/";
                n.depth = parent == null ? 0 : parent.depth + 1;
                if (n.path.length() > MAX_PATH) {
                    codes.problem(closedOrLine(n), "reorg.problem.too-deep", n.code);
                    return;
                }
                done.add(n.id);
            }
        }
    }

    private int closedOrLine(RestructureNode n) {
        return closedBy.getOrDefault(n, 0);
    }

    /**
     * No open unit may end up under a school, under a closed unit, or at the top unless it was there; a closed unit
     * goes under an open successor. Then who takes over each dissolved unit's work.
     */
    List<HandOver> checkParents() {
        List<HandOver> dissolved = new ArrayList<>();
        Map<Long, List<RestructureNode>> after = new HashMap<>();
        nodes.values().stream().filter(n -> n.parent != null)
                .forEach(n -> after.computeIfAbsent(n.parent, p -> new ArrayList<>()).add(n));
        for (RestructureNode n : nodes.values()) {
            boolean placedAnew = n.created || !Objects.equals(n.parent, n.oldParent);
            RestructureNode parent = n.parent == null ? null : nodes.get(n.parent);
            if (!placedAnew || parent == null) {
                continue;
            }
            if (parent.kind == UnitKind.SCHOOL && n.active) {
                codes.problem(n.placedBy, "reorg.problem.parent-school", n.code, parent.code);
            } else if (!parent.active && (n.active || closedBy.containsKey(parent))) {
                codes.problem(n.placedBy, "reorg.problem.parent-closed", n.code, parent.code);
            }
        }
        for (Map.Entry<RestructureNode, Integer> closing : closedBy.entrySet()) {
            RestructureNode unit = closing.getKey();
            for (RestructureNode child : after.getOrDefault(unit.id, List.of())) {
                if (child.active) {
                    codes.problem(closing.getValue(), "reorg.problem.left-without-parent", child.name, child.code,
                            unit.code);
                }
            }
            List<RestructureNode> into = successors.getOrDefault(unit, List.of());
            RestructureNode taker = into.isEmpty() ? openAbove(unit) : into.getFirst();
            if (taker == null) {
                codes.problem(closing.getValue(), "reorg.problem.no-taker", unit.code);
            } else {
                dissolved.add(new HandOver(unit, into.isEmpty() ? null : into.getFirst(), taker));
            }
        }
        return dissolved;
    }

    private @Nullable RestructureNode openAbove(RestructureNode unit) {
        RestructureNode at = unit.parent == null ? null : nodes.get(unit.parent);
        while (at != null && !at.active) {
            at = at.parent == null ? null : nodes.get(at.parent);
        }
        return at;
    }
}
