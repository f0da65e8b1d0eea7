/**
 * The Gia Lai demo province (profile {@code demo} only): the department, its 17 district offices and direct units,
 * 882 institutions, campaign 307/SGDĐT-VP and answers that the rule turns into 685 / 126 / 27 / 44.
 *
 * <p>Declared for SQL only: audit — the demo's past activity is written into audit_event by SQL (tables only).
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: i18n", "campaign", "checklist", "declaration", "org", "security", "audit"})
@NullMarked
package vn.safeschool.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
