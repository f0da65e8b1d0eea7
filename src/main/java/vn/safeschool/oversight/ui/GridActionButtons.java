package vn.safeschool.oversight.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import vn.safeschool.oversight.GridAction;
import vn.safeschool.oversight.GridSelection;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.UnitRollup;

/** One button per contributed {@link GridAction} the user may use, each started with the grid's current state. */
final class GridActionButtons extends Div {

    GridActionButtons(List<GridAction> actions, Supplier<@Nullable RollupFilter> filter, long homeUnitId,
            Supplier<List<UnitRollup>> selected, Runnable refresh) {
        addClassName("ss-grid-actions");
        actions.stream().filter(GridAction::available).sorted(Comparator.comparingInt(GridAction::order))
                .forEach(action -> {
                    Button button = new Button(getTranslation(action.labelKey()), action.icon().create());
                    button.addClickListener(click -> {
                        RollupFilter current = filter.get();
                        if (current != null) {
                            action.open(new GridSelection(current, homeUnitId, selected.get(), refresh));
                        }
                    });
                    add(button);
                });
    }
}
