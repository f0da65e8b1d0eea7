package vn.safeschool.dashboard.ui;

import java.time.Instant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.DeclarationDetails;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.declaration.ReopeningInfo;

/**
 * A principal's view of the campaign: their school's status, why, whether the school may declare now (the
 * declaration service's lock: a closed campaign, a locked deadline, a reopening until when), and the one thing to do
 * next.
 */
class SchoolStatus extends Div {

    SchoolStatus(DeclarationDetails details, Instant now) {
        setId("school-status");
        addClassName("ss-school-status");
        CampaignInfo campaign = details.campaign();
        DeclarationInfo declaration = details.current();
        String deadline = Dates.dateTime(campaign.deadline(), getLocale());
        SafetyStatus safety = declaration == null ? null : declaration.assessment().status();
        Span status = new Span(getTranslation(SafetyStatus.translationKeyOf(safety)));
        status.setId("school-status-value");
        status.addClassNames("ss-card-value", "ss-status-" + SafetyStatus.keyNameOf(safety));
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
        String lock = lock(details, deadline);
        if (lock != null) {
            Paragraph locked = new Paragraph(lock);
            locked.setId("school-lock");
            locked.addClassName("ss-notice");
            add(locked);
        }
        Paragraph next = new Paragraph(details.locked() ? getTranslation(campaign.closedAt() != null
                ? "dashboard.next.closed" : "dashboard.next.locked")
                : nextStep(campaign, details, declaration, now, deadline));
        next.setId("next-step");
        next.addClassName("ss-next-step");
        add(next);
        // the one place a principal works: the school's form, a tap away from the first screen
        Anchor declare = new Anchor("schools/" + details.unit().id() + "/declaration?campaign=" + campaign.id(), "");
        declare.add(VaadinIcon.CLIPBOARD_CHECK.create(), new Span(getTranslation("nav.school-declaration")));
        declare.setId("school-declare");
        declare.addClassName("ss-big-action");
        add(declare);
    }

    /** Why the school may not declare now, or until when a reopening lets it; null when nothing stands in the way. */
    private @Nullable String lock(DeclarationDetails details, String deadline) {
        CampaignInfo campaign = details.campaign();
        Instant closedAt = campaign.closedAt();
        if (closedAt != null) {
            return getTranslation("dashboard.lock.closed", Dates.dateTime(closedAt, getLocale()));
        }
        if (details.locked()) {
            return getTranslation("dashboard.lock.deadline", deadline);
        }
        ReopeningInfo reopening = details.reopening();
        if (reopening != null) {
            return getTranslation("dashboard.lock.reopened", Dates.dateTime(reopening.openUntil(), getLocale()),
                    reopening.reason());
        }
        return null;
    }

    private String nextStep(CampaignInfo campaign, DeclarationDetails details, @Nullable DeclarationInfo declaration,
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
        if (details.stale()) {
            return getTranslation("dashboard.next.refresh", campaign.freshnessDays());
        }
        return getTranslation("dashboard.next.keep");
    }
}
