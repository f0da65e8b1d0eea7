/**
 * The Department's official letter (công văn) for a campaign at a moment: an editable text with placeholders the
 * live numbers are filled into, laid out as Decree 30/2020/NĐ-CP prescribes, as a PDF with the per-unit appendix.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: audit", "base :: i18n", "base :: ui", "campaign", "org", "oversight"})
@NullMarked
package vn.safeschool.letter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
