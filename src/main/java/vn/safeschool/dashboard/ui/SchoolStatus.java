package vn.safeschool.dashboard.ui;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.oversight.UnitRollup;

/** A principal's view of the campaign: their school's status, why, and the one thing to do next. */
class SchoolStatus extends Div {

    SchoolStatus(CampaignInfo campaign, UnitRollup school, @Nullable DeclarationInfo declaration, Instant now) {
        setId("school-status");
        addClassName("ss-school-status");
        String deadline = Dates.dateTime(campaign.deadline(), getLocale());
        Span status = new Span(getTranslation(declaration == null ? "status.not-declared"
                : "status." + declaration.assessment().status().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        status.setId("school-status-value");
        status.addClassNames("ss-card-value", "ss-status-" + (declaration == null ? "not-declared"
                : declaration.assessment().status().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        add(status);
        if (declaration != null) {
            Assessment assessment = declaration.assessment();
            Paragraph reason = new Paragraph(getTranslation(assessment.reasonKey(), assessment.reasonArguments()));
            reason.setId("school-reason");
            Paragraph when = new Paragraph(getTranslation(declaration.late() ? "dashboard.school.declared-late"
                    : "dashboard.school.declared", Dates.dateTime(declaration.submittedAt(), getLocale())));
            when.setId("school-declared-at");
            add(reason, when);
        }
        Paragraph next = new Paragraph(nextStep(campaign, school, declaration, now, deadline));
        next.setId("next-step");
        next.addClassName("ss-next-step");
        add(next);
    }

    private String nextStep(CampaignInfo campaign, UnitRollup school, @Nullable DeclarationInfo declaration,
            Instant now, String deadline) {
        if (declaration == null) {
            return now.isBefore(campaign.deadline()) ? getTranslation("dashboard.next.declare-before", deadline)
                    : getTranslation("dashboard.next.declare-late", deadline);
        }
        Assessment assessment = declaration.assessment();
        if (assessment.status() != SafetyStatus.SAFE) {
            return assessment.missedMandatory().isEmpty()
                    ? getTranslation("dashboard.next.fix-criteria", assessment.met(), assessment.total())
                    : getTranslation("dashboard.next.fix-mandatory", assessment.missedMandatoryText());
        }
        if (school.stale() > 0) {
            return getTranslation("dashboard.next.refresh", campaign.freshnessDays());
        }
        return getTranslation("dashboard.next.keep");
    }
}
