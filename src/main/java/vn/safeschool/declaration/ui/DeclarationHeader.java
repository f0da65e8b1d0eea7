package vn.safeschool.declaration.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.safeschool.declaration.DeclarationDetails;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.org.OrgUnitInfo;

/** The page's head: where the school lies, its name and code, the campaign, and its status, why, and flags. */
class DeclarationHeader extends Composite<Div> {

    /** @param path the units from the user's top down to the school, as {@code OrgService.pathTo} gives them */
    DeclarationHeader(DeclarationDetails shown, List<OrgUnitInfo> path) {
        H1 title = new H1(shown.unit().name());
        title.setId("declaration-unit");
        Paragraph code = new Paragraph(getTranslation("unit.code") + ": " + shown.unit().code());
        code.setId("declaration-unit-code");
        Paragraph campaign = new Paragraph(getTranslation("declaration.campaign", shown.campaign().docNumber(),
                shown.campaign().title(), DeclarationView.when(shown.campaign().deadline())));
        campaign.setId("declaration-campaign");
        getContent().add(breadcrumb(shown.unit(), path), title, code, campaign, summary(shown));
    }

    private static Nav breadcrumb(OrgUnitInfo unit, List<OrgUnitInfo> path) {
        Nav crumbs = new Nav();
        crumbs.setId("declaration-breadcrumb");
        crumbs.addClassName("ss-breadcrumb");
        for (OrgUnitInfo step : path) {
            if (crumbs.getChildren().findAny().isPresent()) {
                crumbs.add(new Span(" › "));
            }
            crumbs.add(step.id() == unit.id() ? new Span(step.name()) : new Anchor("units/" + step.id(), step.name()));
        }
        return crumbs;
    }

    private FormLayout summary(DeclarationDetails shown) {
        FormLayout form = new FormLayout();
        form.setId("declaration-summary");
        DeclarationInfo current = shown.current();
        Span status = new Span(current == null ? getTranslation("status.not-declared")
                : DeclarationView.statusText(this, current.assessment().status()));
        status.setId("declaration-status");
        status.addClassNames("ss-status", "ss-status-" + (current == null ? "not-declared"
                : DeclarationView.statusKey(current.assessment().status())));
        form.addFormItem(status, getTranslation("declaration.status"));
        if (current == null) {
            return form;
        }
        Span reason = new Span(DeclarationView.reason(this, current.assessment()));
        reason.setId("declaration-reason");
        form.addFormItem(reason, getTranslation("declaration.reason"));
        Div flags = new Div();
        flags.setId("declaration-flags");
        flags.addClassName("ss-badges");
        if (current.late()) {
            flags.add(flag("late"));
        }
        if (shown.stale()) {
            flags.add(flag("stale"));
        }
        if (flags.getChildren().findAny().isEmpty()) {
            flags.add(new Span("—"));
        }
        form.addFormItem(flags, getTranslation("declaration.flags"));
        String when = DeclarationView.when(current.submittedAt());
        Span submitted = new Span(shown.submittedByName() == null ? when
                : getTranslation("declaration.submitted-by", when, shown.submittedByName()));
        submitted.setId("declaration-submitted");
        form.addFormItem(submitted, getTranslation("declaration.submitted"));
        return form;
    }

    private Span flag(String key) {
        Span flag = new Span(getTranslation("declaration.flag." + key));
        flag.getElement().getThemeList().add("badge contrast");
        flag.addClassName("ss-flag");
        flag.setId("declaration-flag-" + key);
        return flag;
    }
}
