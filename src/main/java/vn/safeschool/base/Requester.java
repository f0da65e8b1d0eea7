package vn.safeschool.base;

import java.util.Optional;

/**
 * Who is asking — a person or the application itself — as the lower features need to know it (the jurisdiction
 * rule, "submitted by"), without depending on how accounts are kept. Implemented by the security feature's
 * {@code CurrentUser}.
 */
public interface Requester {

    /** The signed-in person's account id; empty for the application itself or nobody. */
    Optional<Long> userId();

    /** The unit whose subtree the signed-in person may see; empty for the application itself or nobody. */
    Optional<Long> homeUnitId();

    /** The application acting on its own behalf: its jurisdiction is every unit. */
    boolean isSystem();
}
