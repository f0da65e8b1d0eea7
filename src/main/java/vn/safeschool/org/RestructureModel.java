package vn.safeschool.org;

import static vn.safeschool.org.StepCodes.key;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan.Dissolved;
import vn.safeschool.org.RestructuringPlan.Problem;

/**
 * A reorganisation worked out in memory over the whole tree: each step checked, the new tree built, every path
 * recomputed, and every problem named by the line of the step it comes from. Nothing here touches the database; the
 * same model serves the preview and the application, so that what the preview accepts is what gets applied.
 */
final class RestructureModel {

    /** A unit merged or split into another. */
    record Lineage(RestructureNode predecessor, RestructureNode successor, Action kind, boolean principal) {
    }

    private final Map<Long, RestructureNode> nodes = new LinkedHashMap<>();
    private final StepCodes codes;
    private final RestructuredTree tree;
    private final List<Lineage> lineage = new ArrayList<>();
    private List<RestructuredTree.HandOver> dissolved = List.of();
    private final Map<RestructureNode, Integer> closedBy = new LinkedHashMap<>();
    private final Set<RestructureNode> explicitlyMoved = new HashSet<>();
    private final Map<RestructureNode, List<RestructureNode>> successors = new LinkedHashMap<>();
    private int created;
    private int merged;
    private int split;
    private int closed;
    private int reopened;
    private long nextNewId = -1;

    /**
     * @param units    every unit of the tree
     * @param registry the owners of the codes the steps mention, by {@link StepCodes#key}
     * @param covered  whether a unit's path lies inside the jurisdiction of whoever reorganises
     */
    RestructureModel(Collection<RestructureNode> units, Map<String, Long> registry, Predicate<String> covered) {
        units.forEach(n -> nodes.put(n.id, n));
        this.codes = new StepCodes(nodes, registry, covered);
        this.tree = new RestructuredTree(nodes, codes, closedBy, successors);
    }

    Collection<RestructureNode> nodes() {
        return nodes.values();
    }

    List<Lineage> lineage() {
        return lineage;
    }

    List<Problem> problems() {
        return codes.problems();
    }

    /** Works the steps out; afterwards {@link #plan()} says what they do and {@link #changed()} what to write. */
    RestructureModel apply(List<Step> steps) {
        Map<String, Step> newCodes = new HashMap<>();
        List<Step> creates = steps.stream().filter(s -> s.action() == Action.CREATE).toList();
        creates.forEach(s -> create(s, newCodes));
        Map<RestructureNode, List<Step>> byUnit = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.action() == Action.CREATE) {
                continue;
            }
            RestructureNode unit = codes.existing(s, s.code(), "code");
            if (unit != null) {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(s);
            }
        }
        creates.forEach(this::placeCreated);
        byUnit.forEach((unit, its) -> change(unit, its, newCodes));
        tree.mergedChildrenFollow(lineage, explicitlyMoved);
        tree.computePaths();
        dissolved = tree.checkParents();
        return this;
    }

    private void create(Step s, Map<String, Step> newCodes) {
        if (!codes.required(s, s.newCode(), "new-code") | !codes.required(s, s.parentCode(), "parent")
                | !codes.required(s, s.newName(), "new-name")) {
            return;
        }
        if (s.kind() == null) {
            codes.problem(s.line(), "reorg.problem.missing.kind");
            return;
        }
        if (s.kind() == UnitKind.SCHOOL && (s.type() == null || s.ownership() == null)) {
            codes.problem(s.line(), "reorg.problem.school-needs-type", s.newCode());
            return;
        }
        if (!codes.fresh(s, s.newCode(), null, newCodes)) {
            return;
        }
        RestructureNode node = new RestructureNode(nextNewId--, null, "", 0, s.newCode(), s.newName(), s.kind(), true);
        node.created = true;
        node.type = s.type();
        node.ownership = s.ownership();
        nodes.put(node.id, node);
        codes.put(node.code, node);
        created++;
    }

    private void placeCreated(Step s) {
        RestructureNode node = s.newCode() == null ? null : codes.byCode(s.newCode());
        if (node == null || !node.created || s.parentCode() == null) {
            return;
        }
        RestructureNode parent = codes.resolve(s, s.parentCode(), "parent");
        if (parent != null) {
            node.parent = parent.id;
            node.placedBy = s.line();
        }
    }

    /** Every step of one unit together: which of them go together is decided here. */
    private void change(RestructureNode unit, List<Step> its, Map<String, Step> newCodes) {
        Step first = its.getFirst();
        if (!unit.oldActive && its.stream().anyMatch(s -> s.action() != Action.REOPEN)) {
            codes.problem(first.line(), "reorg.problem.already-closed", unit.code);
            return;
        }
        Set<Action> actions = new HashSet<>();
        its.forEach(s -> actions.add(s.action()));
        boolean ends = actions.contains(Action.MERGE) || actions.contains(Action.SPLIT)
                || actions.contains(Action.CLOSE);
        long endings = actions.stream().filter(a -> a == Action.MERGE || a == Action.SPLIT || a == Action.CLOSE)
                .count();
        boolean changes = actions.contains(Action.MOVE) || actions.contains(Action.RENAME)
                || actions.contains(Action.RECODE) || actions.contains(Action.REOPEN);
        if (endings > 1 || ends && changes || ends && its.stream().anyMatch(s -> s.parentCode() != null)) {
            codes.problem(its.get(1 < its.size() ? 1 : 0).line(), "reorg.problem.conflict", unit.code);
            return;
        }
        if (actions.contains(Action.MERGE) && its.size() > 1) {
            codes.problem(its.get(1).line(), "reorg.problem.conflict", unit.code);
            return;
        }
        if (ends) {
            end(unit, its, actions);
        } else {
            alter(unit, its, newCodes);
        }
    }

    private void end(RestructureNode unit, List<Step> its, Set<Action> actions) {
        Step first = its.getFirst();
        List<RestructureNode> into = new ArrayList<>();
        if (!actions.contains(Action.CLOSE)) {
            for (Step s : its) {
                if (!codes.required(s, s.newCode(), "new-code")) {
                    return;
                }
                RestructureNode target = codes.resolve(s, s.newCode(), "new-code");
                if (target == null) {
                    return;
                }
                if (target == unit) {
                    codes.problem(s.line(), "reorg.problem.into-itself", unit.code);
                    return;
                }
                if (family(target.kind) != family(unit.kind)) {
                    codes.problem(s.line(), "reorg.problem.kind-mismatch", unit.code, target.code);
                    return;
                }
                into.add(target);
            }
        }
        unit.active = false;
        closedBy.put(unit, first.line());
        if (actions.contains(Action.MERGE)) {
            merged++;
            lineage.add(new Lineage(unit, into.getFirst(), Action.MERGE, true));
        } else if (actions.contains(Action.SPLIT)) {
            split++;
            for (int i = 0; i < into.size(); i++) {
                lineage.add(new Lineage(unit, into.get(i), Action.SPLIT, i == 0));
            }
        } else {
            closed++;
        }
        successors.put(unit, into);
        if (!into.isEmpty()) {
            // placed under its successor, a closed unit's history follows it wherever the successor goes
            unit.parent = into.getFirst().id;
        }
    }

    private void alter(RestructureNode unit, List<Step> its, Map<String, Step> newCodes) {
        String parentCode = null;
        String newName = null;
        String newCode = null;
        for (Step s : its) {
            if (s.action() == Action.MOVE && s.parentCode() == null) {
                codes.required(s, null, "parent");
                return;
            }
            if (s.action() == Action.RENAME && s.newName() == null) {
                codes.required(s, null, "new-name");
                return;
            }
            if (s.action() == Action.RECODE && s.newCode() == null) {
                codes.required(s, null, "new-code");
                return;
            }
            if (s.parentCode() != null && parentCode != null && !key(parentCode).equals(key(s.parentCode()))
                    || s.newName() != null && newName != null && !newName.equals(s.newName())
                    || s.newCode() != null && newCode != null && !key(newCode).equals(key(s.newCode()))) {
                codes.problem(s.line(), "reorg.problem.twice", unit.code);
                return;
            }
            parentCode = s.parentCode() != null ? s.parentCode() : parentCode;
            newName = s.newName() != null ? s.newName() : newName;
            newCode = s.newCode() != null ? s.newCode() : newCode;
        }
        Step first = its.getFirst();
        if (its.stream().anyMatch(s -> s.action() == Action.REOPEN)) {
            unit.active = true;
            reopened++;
        }
        if (parentCode != null) {
            RestructureNode parent = codes.resolve(first, parentCode, "parent");
            if (parent == null) {
                return;
            }
            unit.parent = parent.id;
            unit.placedBy = first.line();
            explicitlyMoved.add(unit);
        }
        if (newName != null) {
            unit.name = newName;
        }
        if (newCode != null && !key(newCode).equals(key(unit.code))) {
            if (codes.fresh(first, newCode, unit, newCodes)) {
                codes.put(newCode, unit);
                unit.code = newCode;
            }
        }
    }

    RestructuringPlan plan() {
        int moved = (int) nodes.values().stream()
                .filter(n -> !n.created && n.active && !Objects.equals(n.parent, n.oldParent)).count();
        int renamed = (int) nodes.values().stream().filter(n -> !n.created && !n.name.equals(n.oldName)).count();
        int recoded = (int) nodes.values().stream().filter(n -> !n.created && !n.code.equals(n.oldCode)).count();
        int placed = (int) nodes.values().stream().filter(n -> !n.created && !n.path.equals(n.oldPath)).count();
        List<Problem> sorted = codes.sortedProblems();
        List<Dissolved> handOvers = dissolved.stream().map(d -> new Dissolved(d.unit().id, d.unit().oldCode,
                d.unit().oldName, d.unit().kind, d.successor() == null ? null : d.successor().ref(), d.taker().ref()))
                .toList();
        return new RestructuringPlan(sorted, created, moved, merged, split, closed, reopened, renamed, recoded,
                placed, handOvers);
    }

    /** Gives the new units the ids the database gave them, and the tree its final paths. */
    void renumber(Map<Long, Long> realIds) {
        List<RestructureNode> all = List.copyOf(nodes.values());
        nodes.clear();
        for (RestructureNode n : all) {
            n.id = realIds.getOrDefault(n.id, n.id);
            if (n.parent != null) {
                n.parent = realIds.getOrDefault(n.parent, n.parent);
            }
            nodes.put(n.id, n);
        }
        tree.computePaths();
    }

    List<RestructureNode> changed() {
        return nodes.values().stream().filter(RestructureNode::changed).toList();
    }

    /** Units that may merge into each other: schools with schools, offices with offices, departments alike. */
    private static int family(UnitKind kind) {
        return kind == UnitKind.SCHOOL ? 0 : kind.isOffice() ? 1 : 2;
    }
}
