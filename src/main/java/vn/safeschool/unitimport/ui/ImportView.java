package vn.safeschool.unitimport.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.BoundedUpload;
import vn.safeschool.base.ui.Uploads;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.unitimport.ImportPreview;
import vn.safeschool.unitimport.ImportProblem;
import vn.safeschool.unitimport.ImportResult;
import vn.safeschool.unitimport.ImportRow;
import vn.safeschool.unitimport.ImportService;
import vn.safeschool.unitimport.RowAction;

/**
 * Department staff upload the sector database's export, see every row with what it would do and what is wrong
 * with it, and confirm; the principals' one-time passwords are offered once, as a workbook, after the import.
 */
@Route("import")
@Menu(order = 50, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed(Roles.DEPARTMENT_STAFF)
public class ImportView extends Main implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final Div fileProblems = new Div();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Button confirm = new Button();
    private final Div result = new Div();
    private @Nullable String fileName;
    private byte @Nullable [] content;

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("ss-page");

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "mau-nhap-don-vi.xlsx", XLSX, bytes.length);
        }), getTranslation("import.template"));
        template.setId("template");

        Upload upload = Uploads.translated(new Upload());
        // the preview names the file: the list is emptied on arrival, so that a corrected file can follow
        upload.setUploadHandler(new BoundedUpload(ImportService.MAX_BYTES, (metadata, bytes) -> {
            upload.clearFileList();
            show(metadata.fileName(), bytes);
        }, metadata -> {
            upload.clearFileList();
            show(ImportPreview.tooLarge(metadata.fileName()), new byte[0]);
        }));
        upload.setId("upload");
        // the file as the request body, read by the handler as it arrives (not parsed by the container first)
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop")));
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.rejected", e.getFileName(),
                ImportService.MAX_BYTES / 1024 / 1024)));

        fileProblems.setId("file-problems");
        summary.setId("summary");
        result.setId("result");
        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> commit());

        rows.setId("rows");
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(ImportRow::row).setHeader(getTranslation("import.grid.row")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportRow::code).setHeader(getTranslation("import.grid.code")).setAutoWidth(true);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("import.grid.name")).setFlexGrow(2);
        rows.addColumn(ImportRow::typeText).setHeader(getTranslation("import.grid.type")).setAutoWidth(true);
        rows.addColumn(ImportRow::parentCode).setHeader(getTranslation("import.grid.parent")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation("import.action." + r.action().name()))
                .setHeader(getTranslation("import.grid.action")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation("import.principal." + r.principal().name()))
                .setHeader(getTranslation("import.grid.principal")).setAutoWidth(true);
        rows.addColumn(r -> r.problems().stream().map(this::describe).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.grid.problems")).setFlexGrow(3);
        rows.setVisible(false);

        add(new H1(getTranslation("nav.import")), new Paragraph(getTranslation("import.help")), template, upload,
                fileProblems, summary, confirm, result, rows);
    }

    /** The preview of an uploaded file: problems first, then every row; Confirm only when nothing is wrong. */
    void show(String name, byte[] bytes) {
        show(imports.preview(name, bytes), bytes);
    }

    private void show(ImportPreview preview, byte[] bytes) {
        this.fileName = preview.fileName();
        this.content = preview.canCommit() && preview.changesSomething() ? bytes : null;
        result.removeAll();
        fileProblems.removeAll();
        preview.fileProblems().forEach(p -> fileProblems.add(new Paragraph(describe(p))));
        if (preview.rowsWithProblems() > 0) {
            fileProblems.add(new Paragraph(getTranslation("import.fix-and-retry")));
        }
        summary.setText(preview.rows().isEmpty() ? "" : getTranslation("import.summary", preview.rows().size(),
                preview.count(RowAction.NEW), preview.count(RowAction.UPDATE), preview.count(RowAction.UNCHANGED),
                preview.principalsToCreate(), preview.rowsWithProblems()));
        if (preview.canCommit() && !preview.changesSomething()) {
            summary.setText(summary.getText() + " " + getTranslation("import.nothing-to-do"));
        }
        // the rows with problems first, so that a long file shows what to fix at the top
        rows.setItems(preview.rows().stream()
                .sorted(java.util.Comparator.comparing((ImportRow r) -> !r.hasProblems())).toList());
        rows.setVisible(!preview.rows().isEmpty());
        confirm.setEnabled(content != null);
    }

    private void commit() {
        if (fileName == null || content == null) {
            return;
        }
        try {
            ImportResult done = imports.commit(fileName, content);
            content = null;
            confirm.setEnabled(false);
            rows.setVisible(false);
            summary.setText("");
            showResult(done);
        } catch (RuleViolation e) {
            Notifications.refused(e);
        }
    }

    private void showResult(ImportResult done) {
        result.removeAll();
        Paragraph text = new Paragraph(getTranslation("import.done", done.fileName(), done.created(), done.updated(),
                done.unchanged(), done.passwords().size()));
        text.setId("done");
        result.add(text);
        if (!done.passwords().isEmpty()) {
            List<String> header = List.of(getTranslation("import.passwords.sheet-code"),
                    getTranslation("import.passwords.sheet-name"), getTranslation("import.passwords.sheet-principal"),
                    getTranslation("import.passwords.sheet-username"),
                    getTranslation("import.passwords.sheet-password"));
            byte[] workbook = imports.passwordsWorkbook(done, header);
            Anchor passwords = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(workbook), "mat-khau-hieu-truong.xlsx", XLSX, workbook.length)),
                    getTranslation("import.passwords"));
            passwords.setId("passwords");
            result.add(passwords, new Paragraph(getTranslation("import.passwords-note")));
        }
        Notifications.success(text.getText());
    }

    private String describe(ImportProblem problem) {
        Object[] args = problem.args().toArray();
        String message = getTranslation(problem.key(), args);
        if (problem.row() == 0) {
            return message;
        }
        String column = problem.column() == null ? "" : getTranslation(problem.column().translationKey());
        return getTranslation("import.problem.at", String.valueOf(problem.row()), column, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import") + " — " + getTranslation("app.name");
    }
}
