package vn.safeschool.reminder;

import java.time.Instant;

/**
 * Which schools a template speaks to. "Declare" and the schedule's reminder ask a school to declare: they are for
 * schools that have not declared, or whose declaration is older than the campaign's freshness period (it has to be
 * confirmed again) — never for one whose declaration stands, whatever its status. "Fix" asks a school to fix the
 * criteria it failed: it is for Unsafe and At-risk schools. An office or department is told about its schools, so
 * every template is for it.
 */
final class Audience {

    private Audience() {
    }

    static boolean concerns(TemplateInfo template, UnitState unit, Instant staleBefore) {
        if (!unit.school()) {
            return true;
        }
        Instant declaredAt = unit.submittedAt();
        return switch (template.code()) {
            case TemplateService.DECLARE, TemplateService.SCHEDULE -> unit.status() == null || declaredAt == null
                    || declaredAt.isBefore(staleBefore);
            case TemplateService.FIX -> "UNSAFE".equals(unit.status()) || "AT_RISK".equals(unit.status());
            default -> true;
        };
    }
}
