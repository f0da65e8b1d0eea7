package vn.safeschool.letter.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;

/**
 * The letter's two files: the PDF, and the statistics list (.xlsx) that goes with it, for the same campaign and
 * moment. Both are made when clicked, from what the form holds then; a refusal is shown on the page.
 */
class LetterDownloads extends Composite<HorizontalLayout> {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Anchor pdf;
    final Anchor xlsx;

    /** @param statisticsName the statistics list's file name, which carries the campaign and the date */
    LetterDownloads(Supplier<byte[]> letter, Supplier<byte[]> statistics, Supplier<String> statisticsName) {
        pdf = link(letter, () -> "cong-van.pdf", PDF, VaadinIcon.FILE_TEXT_O, "letter.download.pdf");
        pdf.setId("letter-pdf");
        xlsx = link(statistics, statisticsName, XLSX, VaadinIcon.FILE_TABLE, "letter.download.xlsx");
        xlsx.setId("letter-xlsx");
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().add(pdf, xlsx);
    }

    void setEnabled(boolean enabled) {
        pdf.setEnabled(enabled);
        xlsx.setEnabled(enabled);
    }

    private Anchor link(Supplier<byte[]> content, Supplier<String> fileName, String type, VaadinIcon icon,
            String key) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), type,
                        bytes.length);
            } catch (RuleViolation refusal) {
                event.getUI().access(() -> Notifications.refused(refusal));
                return DownloadResponse.error(422);
            }
        }), "");
        anchor.add(icon.create(), new Span(getTranslation(key)));
        return anchor;
    }
}
