package vn.safeschool.dashboard.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.safeschool.base.Dates;
import vn.safeschool.oversight.OverviewRow;
import vn.safeschool.oversight.TrendPoint;

/** The dashboard's Chart.js configurations, as JSON; every text in them comes translated from the caller. */
final class ChartConfigs {

    static final String SAFE = "#1e8e3e";
    static final String AT_RISK = "#e37400";
    static final String UNSAFE = "#c5221f";
    static final String NOT_DECLARED = "#9aa0a6";
    static final String DEADLINE = "#1a73e8";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartConfigs() {
    }

    /** One horizontal stacked bar per row: Safe, At risk, Unsafe, Not declared. */
    static ObjectNode statusBars(List<OverviewRow> rows, Function<OverviewRow, String> label,
            Function<String, String> text) {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        rows.forEach(r -> labels.add(label.apply(r)));
        ArrayNode datasets = data.putArray("datasets");
        datasets.add(series(text.apply("status.safe"), SAFE, rows, OverviewRow::safe));
        datasets.add(series(text.apply("status.at-risk"), AT_RISK, rows, OverviewRow::atRisk));
        datasets.add(series(text.apply("status.unsafe"), UNSAFE, rows, OverviewRow::unsafe));
        datasets.add(series(text.apply("status.not-declared"), NOT_DECLARED, rows, OverviewRow::notDeclared));
        ObjectNode options = config.putObject("options").put("indexAxis", "y").put("responsive", true)
                .put("maintainAspectRatio", false).put("animation", false);
        ObjectNode scales = options.putObject("scales");
        scales.putObject("x").put("stacked", true);
        scales.putObject("y").put("stacked", true).putObject("ticks").put("autoSkip", false);
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        return config;
    }

    /**
     * Declared and Safe over time as two lines, and the deadline as a thin bar up to the total at the first point
     * on or after it (none when the deadline is still ahead).
     */
    static ObjectNode trend(List<TrendPoint> points, Instant deadline, long institutions,
            Function<String, String> text, Locale locale) {
        ObjectNode config = JSON.createObjectNode().put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        points.forEach(p -> labels.add(Dates.dayAndTime(p.at(), locale)));
        ArrayNode datasets = data.putArray("datasets");
        datasets.add(line(text.apply("dashboard.trend.declared"), DEADLINE, points, TrendPoint::declared));
        datasets.add(line(text.apply("dashboard.trend.safe"), SAFE, points, TrendPoint::safe));
        ObjectNode marker = datasets.addObject().put("type", "bar")
                .put("label", text.apply("dashboard.trend.deadline")).put("backgroundColor", UNSAFE)
                .put("barThickness", 2);
        ArrayNode at = marker.putArray("data");
        boolean marked = false;
        for (TrendPoint p : points) {
            if (!marked && !p.at().isBefore(deadline)) {
                at.add(institutions);
                marked = true;
            } else {
                at.addNull();
            }
        }
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false)
                .put("animation", false);
        options.putObject("scales").putObject("y").put("beginAtZero", true).put("suggestedMax", institutions);
        options.putObject("elements").putObject("point").put("radius", 0);
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        return config;
    }

    private static ObjectNode series(String label, String colour, List<OverviewRow> rows,
            ToLongFunction<OverviewRow> value) {
        ObjectNode set = JSON.createObjectNode().put("label", label).put("backgroundColor", colour);
        ArrayNode values = set.putArray("data");
        rows.forEach(r -> values.add(value.applyAsLong(r)));
        return set;
    }

    private static ObjectNode line(String label, String colour, List<TrendPoint> points,
            ToLongFunction<TrendPoint> value) {
        ObjectNode set = JSON.createObjectNode().put("label", label).put("borderColor", colour)
                .put("backgroundColor", colour).put("fill", false).put("stepped", true);
        ArrayNode values = set.putArray("data");
        points.forEach(p -> values.add(value.applyAsLong(p)));
        return set;
    }
}
