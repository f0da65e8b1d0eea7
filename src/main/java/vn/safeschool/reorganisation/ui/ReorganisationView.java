package vn.safeschool.reorganisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan;
import vn.safeschool.org.RestructuringPlan.Dissolved;
import vn.safeschool.reorganisation.ReorgPreview;
import vn.safeschool.reorganisation.ReorgStatus;
import vn.safeschool.reorganisation.ReorgSummary;
import vn.safeschool.reorganisation.ReorganisationService;

/**
 * One reorganisation: its preview — problems by line, what it moves, merges and closes, the open campaigns and
 * follow-up work it touches, every account whose home it dissolves with a choice of where it goes, and "0 orphans"
 * before it can be applied — and the actions its state allows: apply (or schedule), discard, undo.
 */
@Route("reorganisations/:id")
@RolesAllowed(Roles.DEPARTMENT_STAFF)
public class ReorganisationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReorganisationService reorganisations;
    private final H1 heading = new H1();
    private final Paragraph state = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Paragraph orphans = new Paragraph();
    private final H2 touchedHeading = new H2();
    private final Div touched = new Div();
    private final Paragraph accountsHelp = new Paragraph();
    private final Grid<RestructuringPlan.Problem> problems = new Grid<>();
    private final Grid<Dissolved> dissolved = new Grid<>();
    private final AccountDecisions accounts;
    private final Grid<Step> steps = new Grid<>();
    private final Button apply = new Button();
    private final Button discard = new Button();
    private final Button undo = new Button();
    private @Nullable ReorgPreview preview;

    ReorganisationView(ReorganisationService reorganisations) {
        this.reorganisations = reorganisations;
        this.accounts = new AccountDecisions(this::decide);
        addClassName("ss-page");
        state.setId("reorg-state");
        summary.setId("reorg-summary");
        orphans.setId("reorg-orphans");
        touched.setId("reorg-touched");

        problems.setId("reorg-problems");
        problems.addColumn(p -> p.line() == 0 ? "" : String.valueOf(p.line()))
                .setHeader(getTranslation("reorg.grid.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.key(), p.args().toArray()))
                .setHeader(getTranslation("reorg.grid.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);

        dissolved.setId("reorg-dissolved");
        dissolved.addColumn(d -> d.code() + " — " + d.name()).setHeader(getTranslation("reorg.grid.dissolved"))
                .setFlexGrow(1);
        dissolved.addColumn(d -> d.takesOver().code() + " — " + d.takesOver().name())
                .setHeader(getTranslation("reorg.grid.takes-over")).setFlexGrow(1);
        dissolved.setHeight("18rem");

        steps.setId("reorg-steps");
        steps.addColumn(Step::line).setHeader(getTranslation("reorg.grid.line")).setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(s -> getTranslation("reorg.action." + s.action().name()))
                .setHeader(getTranslation("field.action")).setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(s -> text(s.code())).setHeader(getTranslation("reorg.grid.code")).setAutoWidth(true);
        steps.addColumn(s -> text(s.newCode())).setHeader(getTranslation("field.new-code")).setAutoWidth(true);
        steps.addColumn(s -> text(s.parentCode())).setHeader(getTranslation("reorg.grid.parent")).setAutoWidth(true);
        steps.addColumn(s -> text(s.newName())).setHeader(getTranslation("field.new-name")).setFlexGrow(2);
        steps.setHeight("24rem");

        apply.setId("reorg-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> confirm("reorg.confirm.apply", this::doApply));
        discard.setId("reorg-discard");
        discard.setText(getTranslation("reorg.discard"));
        discard.addClickListener(e -> confirm("reorg.confirm.discard", this::doDiscard));
        undo.setId("reorg-undo");
        undo.setText(getTranslation("reorg.undo"));
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undo.addClickListener(e -> confirm("reorg.confirm.undo", this::doUndo));

        Anchor back = new Anchor("reorganisations", getTranslation("reorg.back"));
        add(back, heading, state, summary, orphans, new HorizontalLayout(apply, discard, undo), problems,
                touchedHeading, touched, dissolved, new H2(getTranslation("reorg.accounts")), accountsHelp, accounts,
                new H2(getTranslation("reorg.steps")), steps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(reorganisations.preview(id));
        } catch (NumberFormatException | RuleViolation e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(ReorgPreview shown) {
        this.preview = shown;
        ReorgSummary event = shown.event();
        RestructuringPlan plan = shown.plan();
        heading.setText(event.title());
        state.setText(getTranslation("reorg.state", getTranslation("reorg.status." + event.status().name()),
                Dates.dateTime(event.effectiveAt(), getLocale()),
                event.sourceName() == null ? "—" : event.sourceName(), event.steps())
                + (event.failure() == null ? "" : " " + getTranslation("reorg.failed-because",
                        getTranslation(event.failure()))));
        summary.setText(getTranslation("reorg.summary", plan.created(), plan.moved(), plan.merged(), plan.split(),
                plan.closed(), plan.renamed(), plan.recoded(), plan.placed()));
        // once applied, the page says what it did: there is nothing left to check
        String done = shown.asApplied() ? ".done" : "";
        orphans.setVisible(!shown.asApplied());
        orphans.setText(getTranslation("reorg.orphans", shown.orphans(), plan.problems().size()));
        orphans.getElement().getThemeList().set("badge", true);
        orphans.getElement().getThemeList().set("success", shown.orphans() == 0 && plan.canApply());
        orphans.getElement().getThemeList().set("error", shown.orphans() > 0 || !plan.canApply());
        problems.setItems(plan.problems());
        problems.setVisible(!plan.problems().isEmpty());
        touchedHeading.setText(getTranslation("reorg.touched" + done));
        accountsHelp.setText(getTranslation("reorg.accounts.help" + done));
        touched.removeAll();
        shown.campaigns().forEach(c -> touched.add(new Paragraph(getTranslation("reorg.touched.campaign",
                c.docNumber(), c.title(), c.remindersToCome().size()))));
        touched.add(new Paragraph(getTranslation("reorg.touched.work" + done, plan.dissolved().size(),
                shown.openWork().cases(), shown.openWork().correctiveItems())));
        dissolved.setItems(plan.dissolved());
        dissolved.setVisible(!plan.dissolved().isEmpty());
        accounts.show(shown.accounts(), event.status() == ReorgStatus.DRAFT);
        steps.setItems(reorganisations.steps(event.id()).steps());
        boolean draft = event.status() == ReorgStatus.DRAFT;
        boolean future = shown.takesEffectLater();
        apply.setText(getTranslation(future ? "reorg.schedule" : "reorg.apply"));
        apply.setVisible(draft);
        apply.setEnabled(shown.canApply());
        discard.setVisible(draft || event.status() == ReorgStatus.SCHEDULED || event.status() == ReorgStatus.FAILED);
        undo.setVisible(event.status() == ReorgStatus.APPLIED && event.undoesEventId() == null);
    }

    private void decide(long accountId, @Nullable String targetCode) {
        ReorgPreview shown = this.preview;
        if (shown == null) {
            return;
        }
        act(() -> reorganisations.decide(shown.event().id(), shown.event().version(), accountId, targetCode), null);
    }

    private void doApply() {
        ReorgPreview shown = java.util.Objects.requireNonNull(preview);
        act(() -> reorganisations.apply(shown.event().id(), shown.event().version()),
                shown.takesEffectLater() ? "reorg.scheduled" : "reorg.applied");
    }

    private void doDiscard() {
        ReorgPreview shown = java.util.Objects.requireNonNull(preview);
        act(() -> reorganisations.discard(shown.event().id(), shown.event().version()), "reorg.discarded");
    }

    private void doUndo() {
        ReorgPreview shown = java.util.Objects.requireNonNull(preview);
        act(() -> reorganisations.undo(shown.event().id(), shown.event().version()), "reorg.undone");
    }

    /** Does it, then shows the event (a compensating one, after an undo) fresh from the service. */
    private void act(java.util.function.Supplier<ReorgSummary> action, @Nullable String successKey) {
        try {
            ReorgSummary done = action.get();
            if (successKey != null) {
                Notifications.success(getTranslation(successKey, done.title()));
            }
            show(reorganisations.preview(done.id()));
        } catch (RuleViolation e) {
            Notifications.refused(e);
            ReorgPreview shown = preview;
            if (shown != null) {
                show(reorganisations.preview(shown.event().id()));
            }
        }
    }

    private void confirm(String key, Runnable then) {
        ReorgPreview shown = java.util.Objects.requireNonNull(preview);
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(key + ".title"),
                getTranslation(key + ".text", shown.event().title(),
                        Dates.dateTime(shown.event().effectiveAt(), getLocale()), shown.plan().placed(),
                        shown.accounts().size()),
                getTranslation(key + ".ok"), e -> then.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("reorg.cancel"));
        dialog.setId("reorg-confirm");
        dialog.open();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return (preview == null ? getTranslation("nav.reorganisations") : preview.event().title()) + " — "
                + getTranslation("app.name");
    }
}
