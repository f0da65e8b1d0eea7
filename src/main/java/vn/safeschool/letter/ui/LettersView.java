package vn.safeschool.letter.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.CampaignChoice;
import vn.safeschool.base.ui.Notifications;
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

    final CampaignMoment subject;
    final LetterForm form = new LetterForm(this::refresh);
    final LetterPreview preview = new LetterPreview();
    final LetterDownloads downloads;
    final Button saveTemplate;
    private final LetterService letters;
    private final CampaignService campaigns;
    private final Clock clock;
    private @Nullable LetterTemplateInfo template;
    private boolean loading;

    LettersView(LetterService letters, CampaignService campaigns, ExportService exports, Clock clock) {
        this.letters = letters;
        this.campaigns = campaigns;
        this.clock = clock;
        addClassName("ss-page");
        subject = new CampaignMoment(campaigns.list(), this::load, this::refresh);
        downloads = new LetterDownloads(() -> letters.pdf(request()), () -> exports.statisticsXlsx(
                statistics(), subject.selected().scopeUnitId()), () -> exports.statisticsFileName(statistics(), "xlsx"));
        saveTemplate = new Button(getTranslation("letter.template.save"), VaadinIcon.DISC.create(),
                click -> save());
        saveTemplate.setId("letter-save-template");
        saveTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveTemplate.setVisible(letters.mayEditTemplates());

        VerticalLayout editor = new VerticalLayout(form, saveTemplate);
        editor.setPadding(false);
        VerticalLayout reading = new VerticalLayout(downloads, preview);
        reading.setPadding(false);
        Div sides = new Div(editor, reading);
        sides.addClassName("ss-letter-sides");
        add(new H1(getTranslation("nav.letters")), subject, sides);
    }

    /** {@code letters?campaign=<id>} opens that campaign's letter; otherwise the session's or the default one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        subject.select(campaigns.choose(CampaignChoice.requested(event.getLocation())));
    }

    /** The campaign's department template into the form, the letter dated today. */
    private void load() {
        if (!subject.hasCampaign()) {
            return;
        }
        loading = true;
        try {
            template = letters.template(subject.selected().id());
            form.show(template.fields());
            form.date.setValue(today());
        } finally {
            loading = false;
        }
        refresh();
    }

    void refresh() {
        if (loading || !subject.hasCampaign()) {
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

    private void save() {
        if (template == null) {
            return;
        }
        try {
            template = letters.saveTemplate(subject.selected().id(), template.with(form.fields()));
            Notifications.success(getTranslation("letter.template.saved"));
        } catch (RuleViolation refusal) {
            form.showRefusal(refusal);
            Notifications.refused(refusal);
        }
    }

    private RollupFilter statistics() {
        return RollupFilter.now(subject.selected().id()).asOf(subject.asOf());
    }

    LetterRequest request() {
        return new LetterRequest(subject.selected().id(), subject.asOf(), form.number.getValue(),
                form.date.getValue() == null ? today() : form.date.getValue(), form.fields());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.VIETNAM));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.letters") + " — " + getTranslation("app.name");
    }
}
