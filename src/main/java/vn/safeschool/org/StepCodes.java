package vn.safeschool.org;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan.Problem;

/**
 * What the codes in a reorganisation's steps refer to, and the problems found on the way, each at the line of its
 * step. A code names a unit of the tree within the reorganiser's jurisdiction or one the reorganisation creates; a
 * new code must never have been any other unit's.
 */
final class StepCodes {

    private final Map<Long, RestructureNode> nodes;
    private final Map<String, RestructureNode> byCode = new HashMap<>();
    /** Codes any unit has ever had, by key, with the unit that owns them. */
    private final Map<String, Long> registry;
    private final Predicate<String> covered;
    private final List<Problem> problems = new java.util.ArrayList<>();

    StepCodes(Map<Long, RestructureNode> nodes, Map<String, Long> registry, Predicate<String> covered) {
        this.nodes = nodes;
        this.registry = registry;
        this.covered = covered;
        nodes.values().forEach(n -> byCode.put(key(n.code), n));
    }

    /** Codes as the database compares them: neither case nor accents tell two apart. */
    static String key(String code) {
        return Normalizer.normalize(code.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    void put(String code, RestructureNode node) {
        byCode.put(key(code), node);
    }

    @Nullable RestructureNode byCode(String code) {
        return byCode.get(key(code));
    }

    List<Problem> problems() {
        return problems;
    }

    List<Problem> sortedProblems() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    }

    /** A unit of the tree the steps refer to, within the jurisdiction; otherwise the problem is named. */
    @Nullable RestructureNode existing(Step s, @Nullable String code, String field) {
        if (!required(s, code, field)) {
            return null;
        }
        RestructureNode node = byCode.get(key(code));
        if (node != null && !node.created && covered.test(node.oldPath)) {
            return node;
        }
        Long owner = registry.get(key(code));
        RestructureNode current = owner == null ? null : nodes.get(owner);
        if (current != null && covered.test(current.oldPath)) {
            problem(s.line(), "reorg.problem.former-code", code, current.name, current.code);
        } else {
            problem(s.line(), "reorg.problem.unknown-code", code);
        }
        return null;
    }

    /** A unit a step refers to: one of the tree's (by current code) or one this reorganisation creates. */
    @Nullable RestructureNode resolve(Step s, String code, String field) {
        RestructureNode node = byCode.get(key(code));
        if (node != null && node.created) {
            return node;
        }
        return existing(s, code, field);
    }

    /** A new code must never have been any unit's but (for a re-coding) this one's, and appear once in the steps. */
    boolean fresh(Step s, String code, @Nullable RestructureNode self, Map<String, Step> newCodes) {
        Step earlier = newCodes.putIfAbsent(key(code), s);
        if (earlier != null) {
            problem(s.line(), "reorg.problem.code-twice", code, earlier.line());
            return false;
        }
        Long owner = registry.get(key(code));
        RestructureNode current = byCode.get(key(code));
        boolean ownedByOther = owner != null && (self == null || owner != self.id)
                || current != null && current != self;
        if (ownedByOther) {
            problem(s.line(), "reorg.problem.code-taken", code);
            return false;
        }
        return true;
    }

    boolean required(Step s, @Nullable String value, String field) {
        if (value == null) {
            problem(s.line(), "reorg.problem.missing." + field);
            return false;
        }
        return true;
    }

    void problem(int line, String key, Object... args) {
        problems.add(new Problem(line, key, Arrays.stream(args).map(String::valueOf).toList()));
    }
}
