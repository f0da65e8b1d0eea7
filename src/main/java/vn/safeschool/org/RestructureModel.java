package vn.safeschool.org;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan.Dissolved;
import vn.safeschool.org.RestructuringPlan.Problem;
import vn.safeschool.org.RestructuringPlan.Ref;

/**
 * A reorganisation worked out in memory over the whole tree: each step checked, the new tree built, every path
 * recomputed, and every problem named by the line of the step it comes from. Nothing here touches the database; the
 * same model serves the preview and the application, so that what the preview accepts is what gets applied.
 */
final class RestructureModel {

    static final int MAX_PATH = 255;

    /** A unit before and after. New units have negative ids until they are written. */
    static final class Node {
        long id;
        final UnitKind kind;
        final @Nullable Long oldParent;
        final String oldCode;
        final String oldName;
        final String oldPath;
        final int oldDepth;
        final boolean oldActive;
        @Nullable Long parent;
        String code;
        String name;
        boolean active;
        String path = "";
        int depth;
        boolean created;
        /** the step that placed the unit anew (its line), so that a problem with the new place names it */
        int placedBy;
        @Nullable InstitutionType type;
        @Nullable Ownership ownership;

        Node(long id, @Nullable Long parent, String path, int depth, String code, String name, UnitKind kind,
                boolean active) {
            this.id = id;
            this.kind = kind;
            this.oldParent = parent;
            this.oldCode = code;
            this.oldName = name;
            this.oldPath = path;
            this.oldDepth = depth;
            this.oldActive = active;
            this.parent = parent;
            this.code = code;
            this.name = name;
            this.active = active;
            this.path = path;
            this.depth = depth;
        }

        boolean changed() {
            return created || !Objects.equals(parent, oldParent) || !code.equals(oldCode) || !name.equals(oldName)
                    || !path.equals(oldPath) || active != oldActive;
        }

        Ref ref() {
            return new Ref(id < 0 ? null : id, code, name, kind);
        }
    }

    /** A unit merged or split into another. */
    record Lineage(Node predecessor, Node successor, Action kind, boolean principal) {
    }

    private final Map<Long, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Node> byCode = new HashMap<>();
    /** Codes any unit has ever had, by key, with the unit that owns them. */
    private final Map<String, Long> registry;
    private final Predicate<String> covered;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Lineage> lineage = new ArrayList<>();
    /** Each dissolved unit with its successor (or null) and the unit that takes over its work. */
    private final List<Node[]> dissolved = new ArrayList<>();
    private final Map<Node, Integer> closedBy = new LinkedHashMap<>();
    private final Set<Node> explicitlyMoved = new HashSet<>();
    private final Map<Node, List<Node>> successors = new LinkedHashMap<>();
    private int created;
    private int merged;
    private int split;
    private int closed;
    private int reopened;
    private long nextNewId = -1;

    /**
     * @param units    every unit of the tree
     * @param registry the owners of the codes the steps mention, by {@link #key}
     * @param covered  whether a unit's path lies inside the jurisdiction of whoever reorganises
     */
    RestructureModel(Collection<Node> units, Map<String, Long> registry, Predicate<String> covered) {
        units.forEach(n -> {
            nodes.put(n.id, n);
            byCode.put(key(n.code), n);
        });
        this.registry = registry;
        this.covered = covered;
    }

    /** Codes as the database compares them: neither case nor accents tell two apart. */
    static String key(String code) {
        return Normalizer.normalize(code.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    Collection<Node> nodes() {
        return nodes.values();
    }

    List<Lineage> lineage() {
        return lineage;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Works the steps out; afterwards {@link #plan()} says what they do and {@link #changed()} what to write. */
    RestructureModel apply(List<Step> steps) {
        Map<String, Step> newCodes = new HashMap<>();
        List<Step> creates = steps.stream().filter(s -> s.action() == Action.CREATE).toList();
        creates.forEach(s -> create(s, newCodes));
        Map<Node, List<Step>> byUnit = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.action() == Action.CREATE) {
                continue;
            }
            Node unit = existing(s, s.code(), "code");
            if (unit != null) {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(s);
            }
        }
        creates.forEach(this::placeCreated);
        byUnit.forEach((unit, its) -> change(unit, its, newCodes));
        mergedChildrenFollow();
        computePaths();
        checkParents();
        return this;
    }

    private void create(Step s, Map<String, Step> newCodes) {
        if (!required(s, s.newCode(), "new-code") | !required(s, s.parentCode(), "parent")
                | !required(s, s.newName(), "new-name")) {
            return;
        }
        if (s.kind() == null) {
            problem(s.line(), "reorg.problem.missing.kind");
            return;
        }
        if (s.kind() == UnitKind.SCHOOL && (s.type() == null || s.ownership() == null)) {
            problem(s.line(), "reorg.problem.school-needs-type", s.newCode());
            return;
        }
        if (!freshCode(s, s.newCode(), null, newCodes)) {
            return;
        }
        Node node = new Node(nextNewId--, null, "", 0, s.newCode(), s.newName(), s.kind(), true);
        node.created = true;
        node.type = s.type();
        node.ownership = s.ownership();
        nodes.put(node.id, node);
        byCode.put(key(node.code), node);
        created++;
    }

    private void placeCreated(Step s) {
        Node node = s.newCode() == null ? null : byCode.get(key(s.newCode()));
        if (node == null || !node.created || s.parentCode() == null) {
            return;
        }
        Node parent = resolve(s, s.parentCode(), "parent");
        if (parent != null) {
            node.parent = parent.id;
            node.placedBy = s.line();
        }
    }

    /** Every step of one unit together: which of them go together is decided here. */
    private void change(Node unit, List<Step> its, Map<String, Step> newCodes) {
        Step first = its.getFirst();
        if (!unit.oldActive && its.stream().anyMatch(s -> s.action() != Action.REOPEN)) {
            problem(first.line(), "reorg.problem.already-closed", unit.code);
            return;
        }
        Set<Action> actions = new HashSet<>();
        its.forEach(s -> actions.add(s.action()));
        boolean ends = actions.contains(Action.MERGE) || actions.contains(Action.SPLIT) || actions.contains(Action.CLOSE);
        long endings = actions.stream().filter(a -> a == Action.MERGE || a == Action.SPLIT || a == Action.CLOSE)
                .count();
        boolean changes = actions.contains(Action.MOVE) || actions.contains(Action.RENAME)
                || actions.contains(Action.RECODE) || actions.contains(Action.REOPEN);
        if (endings > 1 || ends && changes || ends && its.stream().anyMatch(s -> s.parentCode() != null)) {
            problem(its.get(1 < its.size() ? 1 : 0).line(), "reorg.problem.conflict", unit.code);
            return;
        }
        if (actions.contains(Action.MERGE) && its.size() > 1) {
            problem(its.get(1).line(), "reorg.problem.conflict", unit.code);
            return;
        }
        if (ends) {
            end(unit, its, actions);
        } else {
            alter(unit, its, newCodes);
        }
    }

    private void end(Node unit, List<Step> its, Set<Action> actions) {
        Step first = its.getFirst();
        List<Node> into = new ArrayList<>();
        if (!actions.contains(Action.CLOSE)) {
            for (Step s : its) {
                if (!required(s, s.newCode(), "new-code")) {
                    return;
                }
                Node target = resolve(s, s.newCode(), "new-code");
                if (target == null) {
                    return;
                }
                if (target == unit) {
                    problem(s.line(), "reorg.problem.into-itself", unit.code);
                    return;
                }
                if (family(target.kind) != family(unit.kind)) {
                    problem(s.line(), "reorg.problem.kind-mismatch", unit.code, target.code);
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

    private void alter(Node unit, List<Step> its, Map<String, Step> newCodes) {
        String parentCode = null;
        String newName = null;
        String newCode = null;
        for (Step s : its) {
            if (s.action() == Action.MOVE && s.parentCode() == null) {
                required(s, null, "parent");
                return;
            }
            if (s.action() == Action.RENAME && s.newName() == null) {
                required(s, null, "new-name");
                return;
            }
            if (s.action() == Action.RECODE && s.newCode() == null) {
                required(s, null, "new-code");
                return;
            }
            if (s.parentCode() != null && parentCode != null && !key(parentCode).equals(key(s.parentCode()))
                    || s.newName() != null && newName != null && !newName.equals(s.newName())
                    || s.newCode() != null && newCode != null && !key(newCode).equals(key(s.newCode()))) {
                problem(s.line(), "reorg.problem.twice", unit.code);
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
            Node parent = resolve(first, parentCode, "parent");
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
            if (freshCode(first, newCode, unit, newCodes)) {
                byCode.put(key(newCode), unit);
                unit.code = newCode;
            }
        }
    }

    /** The open units under a merged one that no step moves go with it into its successor. */
    private void mergedChildrenFollow() {
        Map<Long, List<Node>> children = childrenBefore();
        for (Lineage l : lineage) {
            if (l.kind() != Action.MERGE) {
                continue;
            }
            for (Node child : children.getOrDefault(l.predecessor().id, List.of())) {
                if (child.oldActive && child.active && !explicitlyMoved.contains(child)) {
                    child.parent = l.successor().id;
                }
            }
        }
    }

    private Map<Long, List<Node>> childrenBefore() {
        Map<Long, List<Node>> children = new HashMap<>();
        nodes.values().stream().filter(n -> n.oldParent != null)
                .forEach(n -> children.computeIfAbsent(n.oldParent, p -> new ArrayList<>()).add(n));
        return children;
    }

    /** Every unit's path from its new parent's, top down; a step that would make a unit its own ancestor is named. */
    private void computePaths() {
        Set<Long> done = new HashSet<>();
        for (Node node : nodes.values()) {
            List<Node> chain = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            Node at = node;
            while (at != null && !done.contains(at.id)) {
                if (!seen.add(at.id)) {
                    // named at the step that closed the loop: the unit in it that a step placed anew
                    Node placed = chain.stream().filter(c -> c.placedBy != 0).findFirst().orElse(at);
                    problem(placed.placedBy != 0 ? placed.placedBy : closedOrLine(at), "reorg.problem.cycle",
                            placed.code);
                    return;
                }
                chain.add(at);
                at = at.parent == null ? null : nodes.get(at.parent);
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                Node n = chain.get(i);
                Node parent = n.parent == null ? null : nodes.get(n.parent);
                n.path = (parent == null ? "/" : parent.path) + n.id + "/";
                n.depth = parent == null ? 0 : parent.depth + 1;
                if (n.path.length() > MAX_PATH) {
                    problem(closedOrLine(n), "reorg.problem.too-deep", n.code);
                    return;
                }
                done.add(n.id);
            }
        }
    }

    private int closedOrLine(Node n) {
        return closedBy.getOrDefault(n, 0);
    }

    /**
     * No open unit may end up under a school, under a closed unit, or at the top unless it was there; a closed unit
     * goes under an open successor. Then who takes over each dissolved unit's work.
     */
    private void checkParents() {
        Map<Long, List<Node>> after = new HashMap<>();
        nodes.values().stream().filter(n -> n.parent != null)
                .forEach(n -> after.computeIfAbsent(n.parent, p -> new ArrayList<>()).add(n));
        for (Node n : nodes.values()) {
            boolean placedAnew = n.created || !Objects.equals(n.parent, n.oldParent);
            Node parent = n.parent == null ? null : nodes.get(n.parent);
            if (!placedAnew || parent == null) {
                continue;
            }
            if (parent.kind == UnitKind.SCHOOL && n.active) {
                problem(n.placedBy, "reorg.problem.parent-school", n.code, parent.code);
            } else if (!parent.active && (n.active || closedBy.containsKey(parent))) {
                problem(n.placedBy, "reorg.problem.parent-closed", n.code, parent.code);
            }
        }
        for (Map.Entry<Node, Integer> closing : closedBy.entrySet()) {
            Node unit = closing.getKey();
            for (Node child : after.getOrDefault(unit.id, List.of())) {
                if (child.active) {
                    problem(closing.getValue(), "reorg.problem.left-without-parent", child.name, child.code,
                            unit.code);
                }
            }
            List<Node> into = successors.getOrDefault(unit, List.of());
            Node taker = into.isEmpty() ? openAbove(unit) : into.getFirst();
            if (taker == null) {
                problem(closing.getValue(), "reorg.problem.no-taker", unit.code);
            } else {
                dissolved.add(new Node[] {unit, into.isEmpty() ? null : into.getFirst(), taker});
            }
        }
    }

    private @Nullable Node openAbove(Node unit) {
        Node at = unit.parent == null ? null : nodes.get(unit.parent);
        while (at != null && !at.active) {
            at = at.parent == null ? null : nodes.get(at.parent);
        }
        return at;
    }

    RestructuringPlan plan() {
        int moved = (int) nodes.values().stream()
                .filter(n -> !n.created && n.active && !Objects.equals(n.parent, n.oldParent)).count();
        int renamed = (int) nodes.values().stream().filter(n -> !n.created && !n.name.equals(n.oldName)).count();
        int recoded = (int) nodes.values().stream().filter(n -> !n.created && !n.code.equals(n.oldCode)).count();
        int placed = (int) nodes.values().stream().filter(n -> !n.created && !n.path.equals(n.oldPath)).count();
        List<Problem> sorted = problems.stream().sorted(java.util.Comparator.comparingInt(Problem::line)).toList();
        List<Dissolved> handOvers = dissolved.stream().map(d -> new Dissolved(d[0].id, d[0].oldCode, d[0].oldName,
                d[0].kind, d[1] == null ? null : d[1].ref(), d[2].ref())).toList();
        return new RestructuringPlan(sorted, created, moved, merged, split, closed, reopened, renamed, recoded,
                placed, handOvers);
    }

    /** Gives the new units the ids the database gave them, and the tree its final paths. */
    void renumber(Map<Long, Long> realIds) {
        List<Node> all = List.copyOf(nodes.values());
        nodes.clear();
        for (Node n : all) {
            n.id = realIds.getOrDefault(n.id, n.id);
            if (n.parent != null) {
                n.parent = realIds.getOrDefault(n.parent, n.parent);
            }
            nodes.put(n.id, n);
        }
        computePaths();
    }

    List<Node> changed() {
        return nodes.values().stream().filter(Node::changed).toList();
    }

    private @Nullable Node existing(Step s, @Nullable String code, String field) {
        if (!required(s, code, field)) {
            return null;
        }
        Node node = byCode.get(key(code));
        if (node != null && !node.created && covered.test(node.oldPath)) {
            return node;
        }
        Long owner = registry.get(key(code));
        Node current = owner == null ? null : nodes.get(owner);
        if (current != null && covered.test(current.oldPath)) {
            problem(s.line(), "reorg.problem.former-code", code, current.name, current.code);
        } else {
            problem(s.line(), "reorg.problem.unknown-code", code);
        }
        return null;
    }

    /** A unit a step refers to: one of the tree's (by current code) or one this reorganisation creates. */
    private @Nullable Node resolve(Step s, String code, String field) {
        Node node = byCode.get(key(code));
        if (node != null && node.created) {
            return node;
        }
        return existing(s, code, field);
    }

    /** A new code must never have been any unit's but (for a re-coding) this one's, and appear once in the steps. */
    private boolean freshCode(Step s, String code, @Nullable Node self, Map<String, Step> newCodes) {
        Step earlier = newCodes.putIfAbsent(key(code), s);
        if (earlier != null) {
            problem(s.line(), "reorg.problem.code-twice", code, earlier.line());
            return false;
        }
        Long owner = registry.get(key(code));
        Node current = byCode.get(key(code));
        boolean ownedByOther = owner != null && (self == null || owner != self.id)
                || current != null && current != self;
        if (ownedByOther) {
            problem(s.line(), "reorg.problem.code-taken", code);
            return false;
        }
        return true;
    }

    private boolean required(Step s, @Nullable String value, String field) {
        if (value == null) {
            problem(s.line(), "reorg.problem.missing." + field);
            return false;
        }
        return true;
    }

    private void problem(int line, String key, Object... args) {
        problems.add(new Problem(line, key, java.util.Arrays.stream(args).map(String::valueOf).toList()));
    }

    /** Units that may merge into each other: schools with schools, offices with offices, departments alike. */
    private static int family(UnitKind kind) {
        return kind == UnitKind.SCHOOL ? 0 : kind.isOffice() ? 1 : 2;
    }
}
