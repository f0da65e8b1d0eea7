package vn.safeschool.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

/**
 * The campaign a person is looking at, carried from page to page: in the address ({@code ?campaign=<id>}, so that
 * a reload or a copied link opens the same one) and in their session (the menu's links carry no parameter, and a
 * choice of 307 used to be forgotten on every page change). Which campaign it is when neither says is the campaign
 * feature's rule ({@code CampaignService.choose}), not this class's; this one only carries ids.
 */
public final class CampaignChoice {

    public static final String PARAMETER = "campaign";
    private static final String ATTRIBUTE = CampaignChoice.class.getName();

    private CampaignChoice() {
    }

    /** What the address asks for, else what the session remembers; null when neither says or the address is garbled. */
    public static @Nullable Long requested(Location location) {
        Optional<String> asked = location.getQueryParameters().getSingleParameter(PARAMETER);
        if (asked.isPresent()) {
            return asked.filter(p -> p.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getAttribute(ATTRIBUTE) instanceof Long id ? id : null;
    }

    /** Keeps the choice for the session and writes it into the address, replacing the history entry. */
    public static void remember(long campaignId) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, campaignId);
        }
        // at the end of the round trip: a choice made while a page is being entered would otherwise be written
        // into the address of the page being left
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.beforeClientResponse(ui, context -> {
                Location here = ui.getInternals().getActiveViewLocation();
                ui.getPage().getHistory().replaceState(null, new Location(here.getPath(),
                        here.getQueryParameters().merging(PARAMETER, String.valueOf(campaignId))));
            });
        }
    }

    /** "All campaigns" (a board that can show every campaign): the address loses the parameter, the session keeps its choice. */
    public static void forgetInAddress() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.beforeClientResponse(ui, context -> {
                Location here = ui.getInternals().getActiveViewLocation();
                ui.getPage().getHistory().replaceState(null,
                        new Location(here.getPath(), here.getQueryParameters().excluding(PARAMETER)));
            });
        }
    }
}
