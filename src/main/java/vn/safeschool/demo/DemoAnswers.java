package vn.safeschool.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.checklist.StatusRule;
import vn.safeschool.declaration.AnswerInput;

/**
 * Answers on a checklist version's criteria that its rule turns into the status wanted. The shapes below are drawn
 * from the rule's own thresholds and mandatory criteria (never copies of them), and every draw is put to the rule
 * itself and drawn again until the rule gives the status: a changed rule changes the answers, not the figures. The
 * status stored is then computed by the declaration service like any other submission's.
 */
final class DemoAnswers {

    /** Far more than a rule able to give the status ever needs (the Ministry's: one draw each). */
    private static final int DRAWS = 1_000;

    private final StatusRule rule;
    private final List<Integer> mandatory;
    private final List<Integer> others;

    DemoAnswers(StatusRule rule) {
        this.rule = rule;
        this.mandatory = rule.mandatory().stream().sorted().toList();
        this.others = rule.criteria().stream().filter(n -> !rule.mandatory().contains(n)).sorted().toList();
    }

    Map<Integer, AnswerInput> leadingTo(SafetyStatus status, Random random) {
        for (int draw = 0; draw < DRAWS; draw++) {
            Map<Integer, AnswerInput> answers = draw(status, random);
            if (rule.assess(met(answers)).status() == status) {
                return answers;
            }
        }
        throw new IllegalStateException("The checklist's rule gives no " + status + " in " + DRAWS + " draws");
    }

    private Map<Integer, AnswerInput> draw(SafetyStatus status, Random random) {
        int criteria = rule.criteria().size();
        int safe = rule.safeMinMet();
        int unsafe = rule.unsafeMaxMet();
        return switch (status) {
            case SAFE -> answers(between(random, safe, criteria), 0, random);
            case UNSAFE -> answers(between(random, Math.max(0, unsafe - 4), unsafe),
                    between(random, 0, Math.min(3, mandatory.size())), random);
            case AT_RISK -> {
                double kind = random.nextDouble();
                if (kind < 0.6) {
                    yield answers(between(random, unsafe + 1, safe - 1), 0, random);
                }
                yield kind < 0.85 ? answers(between(random, safe, criteria - 1), 1, random)
                        : answers(between(random, unsafe + 1, safe - 1), 1, random);
            }
        };
    }

    /** {@code met} criteria met in all, of which {@code missedMandatory} mandatory ones are not. */
    private Map<Integer, AnswerInput> answers(int met, int missedMandatory, Random random) {
        List<Integer> mandatoryShuffled = shuffled(mandatory, random);
        List<Integer> othersShuffled = shuffled(others, random);
        int mandatoryMet = Math.max(0, Math.min(mandatory.size() - missedMandatory, met));
        List<Integer> metNumbers = new ArrayList<>(mandatoryShuffled.subList(0, mandatoryMet));
        metNumbers.addAll(othersShuffled.subList(0, Math.min(others.size(), Math.max(0, met - mandatoryMet))));
        Map<Integer, AnswerInput> answers = new HashMap<>();
        for (int n : rule.criteria()) {
            answers.put(n, metNumbers.contains(n) ? AnswerInput.yes() : AnswerInput.no());
        }
        return answers;
    }

    private static Set<Integer> met(Map<Integer, AnswerInput> answers) {
        return answers.entrySet().stream().filter(e -> e.getValue().met()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static int between(Random random, int from, int to) {
        return to < from ? from : from + random.nextInt(to - from + 1);
    }
}
