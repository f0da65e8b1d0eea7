package vn.safeschool.ops;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.safeschool.declaration.DeclarationSubmitted;
import vn.safeschool.declaration.DeclarationSubmitted.Origin;

/**
 * {@code safeschool.declarations.submitted{kind=self|on_behalf|import}}: submissions that committed (a rolled-back
 * one never counts). Every kind is registered at zero, so rates work from the first scrape.
 */
@Component
class DeclarationMetrics {

    static final String SUBMITTED = "safeschool.declarations.submitted";

    private final Map<Origin, Counter> submitted = new EnumMap<>(Origin.class);

    DeclarationMetrics(MeterRegistry registry) {
        for (Origin origin : Origin.values()) {
            submitted.put(origin, Counter.builder(SUBMITTED)
                    .description("Declarations recorded, by who made them")
                    .tag("kind", kind(origin))
                    .register(registry));
        }
    }

    @TransactionalEventListener
    void recorded(DeclarationSubmitted event) {
        submitted.get(event.origin()).increment();
    }

    static String kind(Origin origin) {
        return switch (origin) {
            case SCHOOL -> "self";
            case ON_BEHALF -> "on_behalf";
            case IMPORT -> "import";
        };
    }
}
