package vn.safeschool.reorganisation.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import vn.safeschool.base.Dates;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.BoundedUpload;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.org.RestructuringPlan.Problem;
import vn.safeschool.reorganisation.DraftResult;
import vn.safeschool.reorganisation.ReorgSummary;
import vn.safeschool.reorganisation.ReorganisationService;
import vn.safeschool.unitimport.ImportService;
import vn.safeschool.unitimport.MappingFiles;

/**
 * Department staff's reorganisations: every event with its state, and a new draft from a mapping file (the whole
 * arrangement of the province, old code → action, new code, new parent, new name), which opens in its preview.
 */
@Route("reorganisations")
@Menu(order = 55, icon = "vaadin:sitemap", title = "nav.reorganisations")
@RolesAllowed(Roles.DEPARTMENT_STAFF)
public class ReorganisationsView extends Main implements HasDynamicTitle {

    private final ReorganisationService reorganisations;
    private final Grid<ReorgSummary> grid = new Grid<>();
    private final TextField title = new TextField();
    private final DateTimePicker effective = DatePickers.explained(new DateTimePicker());
    private final Div fileProblems = new Div();

    ReorganisationsView(ReorganisationService reorganisations, MappingFiles files, Clock clock) {
        this.reorganisations = reorganisations;
        addClassName("ss-page");

        title.setId("reorg-title");
        title.setLabel(getTranslation("reorg.field.title"));
        title.setMaxLength(255);
        title.setWidth("32rem");
        effective.setId("reorg-effective");
        effective.setLabel(getTranslation("reorg.field.effective"));
        effective.setHelperText(getTranslation("reorg.field.effective.help"));
        // the application's now (the demo lives in February 2021), so that "now" applies rather than schedules
        effective.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));

        Upload upload = new Upload(new BoundedUpload(ImportService.MAX_BYTES,
                (metadata, bytes) -> draft(metadata.fileName(), bytes),
                metadata -> Notifications.error(getTranslation("import.rejected", metadata.fileName(),
                        ImportService.MAX_BYTES / 1024 / 1024))));
        upload.setId("reorg-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setDropLabel(new Span(getTranslation("reorg.drop")));
        upload.setUploadButton(new Button(getTranslation("reorg.upload")));
        fileProblems.setId("reorg-file-problems");

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = files.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "mau-sap-xep-don-vi.csv", "text/csv",
                    bytes.length);
        }), getTranslation("reorg.template"));
        template.setId("reorg-template");

        grid.setId("reorgs");
        grid.addColumn(ReorgSummary::title).setHeader(getTranslation("reorg.field.title")).setFlexGrow(3);
        grid.addColumn(e -> Dates.dateTime(e.effectiveAt(), getLocale())).setHeader(getTranslation("reorg.field.effective"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("reorg.status." + e.status().name()))
                .setHeader(getTranslation("reorg.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReorgSummary::steps).setHeader(getTranslation("reorg.field.steps")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.sourceName() == null ? "" : e.sourceName())
                .setHeader(getTranslation("reorg.field.source")).setFlexGrow(1);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setAllRowsVisible(true);

        add(new H1(getTranslation("nav.reorganisations")), new Paragraph(getTranslation("reorg.help")),
                new H2(getTranslation("reorg.new")), new HorizontalLayout(title, effective),
                new Paragraph(getTranslation("reorg.file-help")), template, upload, fileProblems,
                new H2(getTranslation("reorg.list")), grid);
        refresh();
    }

    /** A draft from the uploaded file, opened in its preview; a file that cannot be read says why, row by row. */
    void draft(String fileName, byte[] bytes) {
        fileProblems.removeAll();
        if (effective.isInvalid() || effective.getValue() == null) {
            Notifications.error(getTranslation("reorg.error.effective-required"));
            return;
        }
        try {
            DraftResult result = reorganisations.draftFromFile(title.getValue(),
                    effective.getValue().atZone(Zones.VIETNAM).toInstant(), fileName, bytes);
            if (result.event() == null) {
                result.problems().forEach(p -> fileProblems.add(new Paragraph(describe(this, p))));
                return;
            }
            open(result.event().id());
        } catch (RuleViolation e) {
            Notifications.refused(e);
        }
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ReorganisationView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id))));
    }

    private void refresh() {
        grid.setItems(reorganisations.list());
    }

    /** A problem as staff read it: "Dòng 12: …" for a row, the message alone for the file. */
    static String describe(com.vaadin.flow.component.Component in, Problem problem) {
        String message = in.getTranslation(problem.key(), problem.args().toArray());
        return problem.line() == 0 ? message : in.getTranslation("reorg.problem.line", problem.line(), message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reorganisations") + " — " + getTranslation("app.name");
    }
}
