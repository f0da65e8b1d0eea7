package vn.safeschool.followup.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.base.ui.UiDates;
import vn.safeschool.base.ui.TitledSection;
import vn.safeschool.followup.AttachmentFile;
import vn.safeschool.followup.AttachmentInfo;
import vn.safeschool.followup.CaseAction;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpDetails;
import vn.safeschool.followup.FollowUpProperties;
import vn.safeschool.followup.FollowUpService;

/**
 * One follow-up case: what was asked, the unit's numbers when it was opened, the latest answer and its file, the
 * history, and the one form the signed-in user may use now — the answer for the assignee unit, accept or return for
 * the unit that opened it. A case outside the jurisdiction ends on the not-found page, like an unknown one.
 */
@Route("followups/:caseId")
@PermitAll
public class FollowUpCaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "caseId";

    private final transient FollowUpService followUps;
    private final long maxUploadBytes;
    private @Nullable FollowUpDetails shown;

    FollowUpCaseView(FollowUpService followUps, FollowUpProperties properties) {
        this.followUps = followUps;
        this.maxUploadBytes = properties.attachmentMaxSize().toBytes();
        addClassName("ss-page");
    }

    static RouteParameters parameters(long caseId) {
        return new RouteParameters(PARAMETER, String.valueOf(caseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().get(PARAMETER).filter(p -> p.matches("\\d{1,18}")).map(Long::valueOf)
                .orElse(null);
        FollowUpDetails found = id == null ? null : followUps.find(id).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found);
    }

    private void reload() {
        if (shown != null) {
            followUps.find(shown.info().id()).ifPresent(this::show);
        }
    }

    private void show(FollowUpDetails details) {
        shown = details;
        removeAll();
        FollowUpCaseInfo info = details.info();
        Nav crumbs = new Nav(new RouterLink(getTranslation("nav.followups"), FollowUpBoardView.class),
                new Span(" › " + getTranslation("followup.case", info.id())));
        crumbs.addClassName("ss-breadcrumb");
        H1 title = new H1(getTranslation("followup.case.title", info.id(), info.assigneeName()));
        title.setId("case-title");
        Div status = new Div(FollowUpLabels.status(this, info));
        status.setId("case-status");
        add(crumbs, title, status, facts(info), answer(details));
        if (details.allowed().contains(CaseAction.RESPONDED)) {
            add(new TitledSection("followup.respond",
                    new RespondForm(followUps, info, maxUploadBytes, this::reload)));
        }
        if (details.allowed().contains(CaseAction.ACCEPTED) || details.allowed().contains(CaseAction.RETURNED)) {
            add(new TitledSection("followup.decide", new DecisionForm(followUps, info, this::reload)));
        }
        add(new TitledSection("followup.history", history(details)));
    }

    private FormLayout facts(FollowUpCaseInfo info) {
        FormLayout form = new FormLayout();
        form.setId("case-facts");
        Anchor unit = new Anchor("units/" + info.assigneeUnitId(), info.assigneeCode() + " — " + info.assigneeName());
        unit.setId("case-unit");
        form.addFormItem(unit, getTranslation("followup.column.unit"));
        form.addFormItem(new Span(info.campaignNumber()), getTranslation("followup.column.campaign"));
        form.addFormItem(new Span(getTranslation("followup.type." + info.type().name())),
                getTranslation("followup.column.type"));
        form.addFormItem(text("case-due", UiDates.dateTime(info.dueAt())), getTranslation("followup.column.due"));
        form.addFormItem(text("case-reason", info.reason()), getTranslation("followup.reason"));
        form.addFormItem(text("case-numbers", FollowUpLabels.numbers(this, info.numbers())),
                getTranslation("followup.numbers-at-opening", UiDates.dateTime(info.openedAt())));
        form.addFormItem(text("case-action", info.requiredAction()), getTranslation("followup.required-action"));
        form.addFormItem(new Span(getTranslation("followup.opened-by", info.openedByName() == null ? "—"
                : info.openedByName(), UiDates.dateTime(info.openedAt()))), getTranslation("followup.column.opened"));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private Component answer(FollowUpDetails details) {
        Div answer = new Div();
        answer.setId("case-answer");
        if (details.explanation() == null) {
            answer.add(new Paragraph(getTranslation("followup.no-answer")));
        } else {
            answer.add(labelled("followup.explanation", details.explanation()),
                    labelled("followup.conclusions", details.conclusions() == null ? "" : details.conclusions()));
            if (details.attachment() != null) {
                answer.add(download(details.info().id(), details.attachment()));
            }
        }
        return new TitledSection("followup.answer", answer);
    }

    private Grid<FollowUpDetails.HistoryEntry> history(FollowUpDetails details) {
        Grid<FollowUpDetails.HistoryEntry> grid = new Grid<>();
        grid.setId("case-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(h -> UiDates.dateTime(h.at())).setKey("at").setHeader(getTranslation("followup.history.at"))
                .setAutoWidth(true);
        grid.addColumn(h -> getTranslation("followup.action-done." + h.action().name())).setKey("step")
                .setHeader(getTranslation("followup.history.step")).setAutoWidth(true);
        grid.addColumn(h -> h.actorName() == null ? "—" : h.actorName()).setKey("by")
                .setHeader(getTranslation("followup.history.by")).setAutoWidth(true);
        grid.addColumn(this::historyText).setHeader(getTranslation("followup.history.text"))
                .setFlexGrow(3);
        grid.addComponentColumn(h -> h.attachment() == null ? new Span()
                : download(details.info().id(), h.attachment())).setKey("attachment")
                .setHeader(getTranslation("followup.attachment")).setAutoWidth(true);
        // a phone keeps when, what and the text; the answer's file is above the history
        PhoneColumns.hide(grid, "by", "attachment");
        PhoneColumns.narrow(grid, "at", "6em");
        PhoneColumns.narrow(grid, "step", "7em");
        grid.setItems(details.history());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The comment, and the new due date when a return set one. */
    private String historyText(FollowUpDetails.HistoryEntry entry) {
        String comment = entry.comment() == null ? "" : entry.comment();
        if (entry.dueAt() == null) {
            return comment;
        }
        String due = getTranslation("followup.history.new-due", UiDates.dateTime(entry.dueAt()));
        return comment.isEmpty() ? due : comment + " — " + due;
    }

    private Anchor download(long caseId, AttachmentInfo attachment) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttachmentFile file = followUps.attachment(caseId, attachment.id());
            byte[] bytes = file.content();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(), file.contentType(),
                    bytes.length);
        }), attachment.fileName() + " (" + Math.max(1, attachment.sizeBytes() / 1024) + " KB)");
        link.setId("attachment-" + attachment.id());
        return link;
    }

    private Div labelled(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("ss-followup-label");
        Paragraph text = new Paragraph(value);
        text.addClassName("ss-followup-text");
        return new Div(label, text);
    }

    private static Span text(String id, String value) {
        Span span = new Span(value);
        span.setId(id);
        span.addClassName("ss-followup-text");
        return span;
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? getTranslation("nav.followups")
                : getTranslation("followup.case", shown.info().id())) + " — " + getTranslation("app.name");
    }
}
