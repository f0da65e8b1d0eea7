package vn.safeschool.base;

/**
 * A record that does not exist, or that the user may not see: both answer alike, so that nothing tells a
 * principal or a district admin that a unit, declaration or account outside their jurisdiction exists.
 */
public class NotFound extends RuleViolation {

    public NotFound() {
        super("error.not-found");
    }
}
