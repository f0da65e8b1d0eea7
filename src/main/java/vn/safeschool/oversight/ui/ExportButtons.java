package vn.safeschool.oversight.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.safeschool.oversight.ExportService;
import vn.safeschool.oversight.RollupFilter;

/**
 * The two download links of the statistics list (.xlsx and .csv), for any toolbar: the filter and the unit are
 * asked for when the file is downloaded, so the file always matches what the page shows. The service applies the
 * jurisdiction; the links add nothing to it.
 */
public class ExportButtons extends Composite<HorizontalLayout> {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private final Anchor xlsx;
    private final Anchor csv;

    public ExportButtons(ExportService exports, Supplier<RollupFilter> filter, Supplier<Long> unitId) {
        xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            RollupFilter shown = filter.get();
            byte[] bytes = exports.statisticsXlsx(shown, unitId.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), exports.statisticsFileName(shown, "xlsx"),
                    XLSX, bytes.length);
        }), "");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            RollupFilter shown = filter.get();
            byte[] bytes = exports.statisticsCsv(shown, unitId.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), exports.statisticsFileName(shown, "csv"),
                    CSV, bytes.length);
        }), "");
        xlsx.add(VaadinIcon.FILE_TABLE.create(), new Span(getTranslation("export.xlsx")));
        csv.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("export.csv")));
        xlsx.setId("export-xlsx");
        csv.setId("export-csv");
        HorizontalLayout layout = getContent();
        layout.setSpacing(true);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        layout.addClassName("ss-export");
        layout.add(xlsx, csv);
    }
}
