package vn.safeschool.base;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Whether whoever is asking passes one of the {@link Roles} guards, evaluated as {@code @PreAuthorize} evaluates
 * it. A service that tells its views what the user may do (a button shown or not) asks this with the very constant
 * its methods are guarded with, so that the button and the refusal follow one rule, written once.
 */
@Component
public class RoleGuard {

    private static final ExpressionParser PARSER = new SpelExpressionParser();

    private final SecurityContextHolderStrategy contexts;

    RoleGuard(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    /** @param guard one of the {@link Roles} expressions ({@code Roles.IS_STAFF}, …) */
    public boolean passes(String guard) {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        SecurityExpressionRoot<Object> root = new SecurityExpressionRoot<>(authentication) {
        };
        return Boolean.TRUE.equals(PARSER.parseExpression(guard).getValue(new StandardEvaluationContext(root),
                Boolean.class));
    }
}
