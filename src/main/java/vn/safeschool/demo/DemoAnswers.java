package vn.safeschool.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.AnswerInput;

/**
 * Answers on the Ministry's 15 criteria that the rule of letter 1467 turns into the status wanted. Only the answers
 * are chosen here; the status itself is computed by the declaration service like any other submission's.
 */
final class DemoAnswers {

    private static final Set<Integer> MANDATORY = Set.of(4, 5, 10, 11);
    private static final int CRITERIA = 15;

    private DemoAnswers() {
    }

    static Map<Integer, AnswerInput> leadingTo(SafetyStatus status, Random random) {
        return switch (status) {
            case SAFE -> answers(between(random, 11, 15), 0, random);
            case UNSAFE -> answers(between(random, 3, 7), between(random, 0, 3), random);
            case AT_RISK -> {
                double kind = random.nextDouble();
                if (kind < 0.6) {
                    yield answers(between(random, 8, 10), 0, random);
                }
                yield kind < 0.85 ? answers(between(random, 11, 14), 1, random)
                        : answers(between(random, 8, 10), 1, random);
            }
        };
    }

    /** {@code met} criteria met in all, of which {@code missedMandatory} mandatory ones are not. */
    private static Map<Integer, AnswerInput> answers(int met, int missedMandatory, Random random) {
        List<Integer> mandatory = shuffled(MANDATORY.stream().toList(), random);
        List<Integer> others = shuffled(IntStream.rangeClosed(1, CRITERIA).boxed()
                .filter(n -> !MANDATORY.contains(n)).toList(), random);
        int mandatoryMet = Math.min(MANDATORY.size() - missedMandatory, met);
        List<Integer> metNumbers = new ArrayList<>(mandatory.subList(0, mandatoryMet));
        metNumbers.addAll(others.subList(0, Math.min(others.size(), met - mandatoryMet)));
        Map<Integer, AnswerInput> answers = new HashMap<>();
        for (int n = 1; n <= CRITERIA; n++) {
            answers.put(n, metNumbers.contains(n) ? AnswerInput.yes() : AnswerInput.no());
        }
        return answers;
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
