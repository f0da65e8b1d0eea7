package vn.safeschool.followup.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.FollowUpFilter;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitSection;

/**
 * The "Theo dõi, chấn chỉnh" tab of a unit's page: its follow-up cases (and those of the units under it), the
 * opening of one for the unit when the user's own unit is right above it, and, for a school, its corrective items —
 * which its principal marks fixed here.
 */
@org.springframework.stereotype.Component
class FollowUpUnitSection implements UnitSection {

    /** This tab's name in a link to a unit's page. */
    static final String TAB = "followup";

    private final FollowUpService followUps;
    private final CorrectiveService corrective;
    private final CampaignService campaigns;
    private final RollupService rollups;
    private final Clock clock;

    FollowUpUnitSection(FollowUpService followUps, CorrectiveService corrective, CampaignService campaigns,
            RollupService rollups, Clock clock) {
        this.followUps = followUps;
        this.corrective = corrective;
        this.campaigns = campaigns;
        this.rollups = rollups;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "followup.tab";
    }

    @Override
    public String tabKey() {
        return TAB;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean available(OrgUnitInfo unit) {
        return true;
    }

    @Override
    public Component create(OrgUnitInfo unit) {
        return new Tab(unit);
    }

    /** The tab's content, rebuilt after a change. */
    private final class Tab extends Div {

        private final OrgUnitInfo unit;

        Tab(OrgUnitInfo unit) {
            this.unit = unit;
            setId("unit-followups");
            show();
        }

        private void show() {
            removeAll();
            CaseGrid cases = new CaseGrid("unit-cases");
            cases.setItems(followUps.list(FollowUpFilter.campaign(null).under(unit.id()), 0, 200));
            cases.setAllRowsVisible(true);
            add(new H3(getTranslation("followup.cases")));
            // the user's own unit is right above this one, and their role opens follow-ups
            if (followUps.mayOpenFor(unit.id())) {
                add(openButton());
            }
            add(cases);
            if (unit.isSchool()) {
                add(new H3(getTranslation("corrective.title")));
                List<CorrectiveItemInfo> items = corrective.items(unit.id());
                if (items.isEmpty()) {
                    add(new Paragraph(getTranslation("corrective.none")));
                } else {
                    // the school itself marks its items fixed here, as the corrective service says
                    CorrectiveItemsGrid grid = new CorrectiveItemsGrid("unit-corrective", false,
                            corrective.mayMarkFixed(unit.id())
                                    ? item -> new MarkFixedDialog(corrective, item, this::show).open() : null);
                    grid.setItems(items);
                    add(grid);
                }
            }
        }

        private Component openButton() {
            Button open = new Button(getTranslation("followup.open"), VaadinIcon.FLAG_O.create(), click -> {
                var selected = campaigns.list().stream().findFirst()
                        .map(c -> rollups.of(RollupFilter.now(c.id()), unit.id())).stream().toList();
                new OpenFollowUpDialog(followUps, campaigns.list(), null, selected, clock, this::show).open();
            });
            open.setId("unit-open-followup");
            return open;
        }
    }
}
