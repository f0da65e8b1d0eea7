package vn.safeschool.reorganisation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import vn.safeschool.reorganisation.ReorgPreview.AccountChoice;
import vn.safeschool.reorganisation.ReorgPreview.Target;

/**
 * The accounts whose home unit the event dissolves, each with where it goes: a unit where its role belongs (the
 * successor by default), or disabled. Staff change it while the event is a draft; each change is saved at once.
 */
class AccountDecisions extends Grid<AccountChoice> {

    interface Decide {
        void decide(long accountId, @Nullable String targetCode);
    }

    private final Decide decide;
    private boolean editable;

    AccountDecisions(Decide decide) {
        this.decide = decide;
        setId("reorg-accounts");
        addColumn(AccountChoice::username).setHeader(getTranslation("field.username")).setAutoWidth(true);
        addColumn(AccountChoice::fullName).setHeader(getTranslation("field.full-name")).setAutoWidth(true);
        addColumn(c -> getTranslation("role." + c.role().name())).setHeader(getTranslation("field.role"))
                .setAutoWidth(true);
        addColumn(c -> c.homeCode() + " — " + c.homeName()).setHeader(getTranslation("reorg.grid.home"))
                .setFlexGrow(1);
        addComponentColumn(this::decision).setHeader(getTranslation("reorg.grid.decision")).setFlexGrow(2);
        setHeight("22rem");
    }

    void show(List<AccountChoice> choices, boolean editable) {
        this.editable = editable;
        setItems(choices);
        setVisible(!choices.isEmpty());
    }

    private Component decision(AccountChoice choice) {
        if (!editable) {
            Span text = new Span(label(Optional.ofNullable(choice.target())));
            return text;
        }
        List<Optional<Target>> options = new ArrayList<>();
        options.add(Optional.empty());
        choice.options().forEach(t -> options.add(Optional.of(t)));
        Select<Optional<Target>> select = new Select<>();
        select.setItems(options);
        select.setItemLabelGenerator(this::label);
        select.setValue(options.stream().filter(o -> o.map(t -> choice.target() != null
                && t.code().equalsIgnoreCase(choice.target().code())).orElse(choice.target() == null))
                .findFirst().orElse(Optional.empty()));
        select.setWidthFull();
        select.setInvalid(!choice.valid());
        select.setErrorMessage(choice.valid() ? null : getTranslation("reorg.decision.invalid"));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                decide.decide(choice.accountId(), e.getValue() == null ? null
                        : e.getValue().map(Target::code).orElse(null));
            }
        });
        select.setId("decision-" + choice.username());
        return select;
    }

    private String label(Optional<Target> target) {
        return target.map(t -> getTranslation("reorg.decision.move", t.code(), t.name()))
                .orElse(getTranslation("reorg.decision.disable"));
    }
}
