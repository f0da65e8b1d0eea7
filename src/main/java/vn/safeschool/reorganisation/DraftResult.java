package vn.safeschool.reorganisation;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.RestructuringPlan.Problem;

/** A draft made from a mapping file, or (event null) why the file could not be read: nothing was written then. */
public record DraftResult(@Nullable ReorgSummary event, List<Problem> problems) implements Serializable {

    public DraftResult {
        problems = List.copyOf(problems);
    }
}
