package vn.safeschool.dashboard.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart drawn from Java: a canvas, and a configuration (plain JSON, labels already translated) handed to
 * {@code new Chart(canvas, config)}. Chart.js comes from its webjar as a plain script, so no npm bundle is built.
 */
@JavaScript("context://webjars/chart.js/4.4.1/dist/chart.umd.js")
class ChartCanvas extends Div {

    private static final String DRAW = """
            const canvas = $0;
            if (canvas.$chart) { canvas.$chart.destroy(); }
            canvas.$chart = new Chart(canvas, JSON.parse($1));""";

    private final Element canvas = new Element("canvas");
    private @Nullable ObjectNode config;

    ChartCanvas(String id) {
        setId(id);
        addClassName("ss-chart");
        getElement().appendChild(canvas);
        addAttachListener(e -> draw());
    }

    void show(ObjectNode chart) {
        config = chart;
        if (isAttached()) {
            draw();
        }
    }

    /** What the chart was last given (the tests read its labels and data). */
    @Nullable
    ObjectNode config() {
        return config;
    }

    /** The categories along the chart's axis: one per bar or per point. */
    int categories() {
        return config == null ? 0 : config.path("data").path("labels").size();
    }

    private void draw() {
        if (config != null) {
            getElement().executeJs(DRAW, canvas, config.toString());
        }
    }
}
