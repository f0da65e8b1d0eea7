package vn.safeschool.letter.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.letter.LetterRequest;
import vn.safeschool.letter.LetterService;
import vn.safeschool.letter.LetterTemplateInfo;
import vn.safeschool.oversight.ExportService;
import vn.safeschool.oversight.RollupFilter;

/**
 * The Department's letter about a campaign: pick the campaign and the moment of the numbers (now, the deadline,
 * or any past moment), adjust the letter's text, read it live with its numbers, download the PDF and the
 * statistics list. Staff also save the text as their department's template.
 */
@Route("letters")
@Menu(order = 70, icon = "vaadin:file-text-o", title = "nav.letters")
@RolesAllowed({Roles.DEPARTMENT_STAFF, Roles.DEPARTMENT_LEADER})
@StyleSheet("styles/letter.css")
public class LettersView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<CampaignInfo> campaign = new ComboBox<>();
    final DateTimePicker moment = new DateTimePicker();
    final LetterForm form = new LetterForm(this::refresh);
    final LetterPreview preview = new LetterPreview();
    final LetterDownloads downloads;
    final Button saveTemplate;
    private final LetterService letters;
    private final List<CampaignInfo> choices;
    private final Clock clock;
    private @Nullable LetterTemplateInfo template;
    private boolean loading;

    LettersView(LetterService letters, CampaignService campaigns, ExportService exports,
            AuthenticationContext authentication, Clock clock) {
        this.letters = letters;
        this.clock = clock;
        this.choices = campaigns.list();
        addClassName("ss-page");
        campaign.setId("letter-campaign");
        campaign.setLabel(getTranslation("letter.campaign"));
        campaign.setItems(choices);
        campaign.setItemLabelGenerator(c -> c.docNumber() + " — " + c.title());
        campaign.setWidth("28em");
        campaign.addValueChangeListener(e -> load());
        moment.setId("letter-moment");
        moment.setLabel(getTranslation("letter.moment"));
        moment.setHelperText(getTranslation("letter.moment.help"));
        moment.addValueChangeListener(e -> refresh());
        Button now = new Button(getTranslation("letter.moment.now"), click -> moment.clear());
        now.setId("letter-now");
        Button atDeadline = new Button(getTranslation("letter.moment.deadline"), VaadinIcon.CLOCK.create(),
                click -> atDeadline());
        atDeadline.setId("letter-at-deadline");
        downloads = new LetterDownloads(() -> letters.pdf(request()), () -> exports.statisticsXlsx(filter(),
                selected().scopeUnitId()));
        saveTemplate = new Button(getTranslation("letter.template.save"), VaadinIcon.DISC.create(),
                click -> save());
        saveTemplate.setId("letter-save-template");
        saveTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveTemplate.setVisible(authentication.hasRole(Roles.DEPARTMENT_STAFF));

        HorizontalLayout toolbar = new HorizontalLayout(campaign, moment, now, atDeadline);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        VerticalLayout editor = new VerticalLayout(form, saveTemplate);
        editor.setPadding(false);
        VerticalLayout reading = new VerticalLayout(downloads, preview);
        reading.setPadding(false);
        HorizontalLayout sides = new HorizontalLayout(editor, reading);
        sides.setWidthFull();
        sides.setWrap(true);
        editor.setWidth("min(100%, 40rem)");
        reading.setWidth("min(100%, 48rem)");
        add(new H1(getTranslation("nav.letters")), toolbar, sides);
    }

    /** {@code letters?campaign=<id>} opens that campaign's letter; otherwise the newest campaign's. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter("campaign");
        choices.stream().filter(c -> wanted.map(id -> id.equals(String.valueOf(c.id()))).orElse(true))
                .findFirst().or(() -> choices.stream().findFirst()).ifPresent(campaign::setValue);
    }

    /** The campaign's department template into the form, the letter dated today. */
    private void load() {
        if (campaign.getValue() == null) {
            return;
        }
        loading = true;
        try {
            template = letters.template(campaign.getValue().id());
            form.show(template.fields());
            form.date.setValue(LocalDate.now(clock.withZone(Zones.VIETNAM)));
        } finally {
            loading = false;
        }
        refresh();
    }

    void refresh() {
        if (loading || campaign.getValue() == null) {
            return;
        }
        try {
            preview.show(letters.compose(request()));
            form.clearRefusal();
            downloads.setEnabled(true);
        } catch (RuleViolation refusal) {
            preview.showProblem(getTranslation(refusal.messageKey(), refusal.arguments()));
            form.showRefusal(refusal);
            downloads.setEnabled(false);
        }
    }

    private void atDeadline() {
        if (campaign.getValue() != null) {
            moment.setValue(campaign.getValue().deadlineInVietnam().toLocalDateTime());
        }
    }

    private void save() {
        if (template == null) {
            return;
        }
        try {
            template = letters.saveTemplate(selected().id(), template.with(form.fields()));
            Notifications.success(getTranslation("letter.template.saved"));
        } catch (RuleViolation refusal) {
            form.showRefusal(refusal);
            Notifications.refused(refusal);
        }
    }

    LetterRequest request() {
        return new LetterRequest(selected().id(), asOf(), form.number.getValue(),
                form.dateOrToday(LocalDate.now(clock.withZone(Zones.VIETNAM))), form.fields());
    }

    private RollupFilter filter() {
        return RollupFilter.now(selected().id()).asOf(asOf());
    }

    private @Nullable Instant asOf() {
        return moment.getValue() == null ? null : moment.getValue().atZone(Zones.VIETNAM).toInstant();
    }

    private CampaignInfo selected() {
        CampaignInfo selected = campaign.getValue();
        if (selected == null) {
            throw new RuleViolation("letter.error.no-campaign");
        }
        return selected;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.letters") + " — " + getTranslation("app.name");
    }
}
