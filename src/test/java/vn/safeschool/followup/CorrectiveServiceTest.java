package vn.safeschool.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.SafetyStatus;
import vn.safeschool.declaration.DeclarationInfo;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * Corrective items follow the declarations: opened per failed criterion of an At risk or Unsafe declaration,
 * closed by a later declaration meeting the criterion, marked fixed by the school. On a campaign of the test's own,
 * in a transaction that is rolled back; the last test reads the demo's campaign 307 as loaded.
 */
@SafeSchoolTest
@Transactional
@RecordApplicationEvents
class CorrectiveServiceTest {

    @Autowired
    CorrectiveService corrective;
    @Autowired
    DeclarationService declarations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ChecklistService checklists;
    @Autowired
    OrgService org;
    @Autowired
    SystemTask system;
    @Autowired
    AppClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    ApplicationEvents events;

    private CampaignInfo campaign;
    private long school;

    @BeforeEach
    void ownCampaign() {
        campaign = FollowUpFixture.campaign(system, campaigns, checklists, org, "TEST-KP-" + System.nanoTime());
        school = system.call(() -> org.findByCode("38010001").orElseThrow().id());
    }

    @AfterEach
    void signOut() {
        FollowUpFixture.signOut(contexts);
    }

    @Test
    void each_failed_criterion_of_an_at_risk_declaration_becomes_an_item_due_48_hours_later() {
        as("ht.pleiku");

        DeclarationInfo declared = declarations.submit(school, campaign.id(), FollowUpFixture.failing(4, 7), null);

        assertThat(declared.assessment().status()).isEqualTo(SafetyStatus.AT_RISK);
        List<CorrectiveItemInfo> items = ofCampaign();
        assertThat(items).extracting(i -> i.criterion().number()).containsExactly(4, 7);
        assertThat(items).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(CorrectiveStatus.OPEN);
            assertThat(i.declarationStatus()).isEqualTo(SafetyStatus.AT_RISK);
            assertThat(Duration.between(i.openedAt(), i.dueAt())).isEqualTo(Duration.ofHours(48));
            assertThat(i.openedAt()).isCloseTo(declared.submittedAt(), within(1, ChronoUnit.MILLIS));
            assertThat(i.overdue()).isFalse();
        });
        assertThat(events.stream(CorrectiveItemsOpened.class)).singleElement()
                .satisfies(e -> assertThat(e.criterionNumbers()).containsExactly(4, 7));
    }

    @Test
    void a_later_declaration_that_meets_a_criterion_closes_its_item() {
        as("ht.pleiku");
        DeclarationInfo first = declarations.submit(school, campaign.id(), FollowUpFixture.failing(4, 7), null);

        DeclarationInfo second = declarations.submit(school, campaign.id(), FollowUpFixture.failing(7, 10),
                first.version());
        assertThat(second.assessment().status()).isEqualTo(SafetyStatus.AT_RISK);
        assertThat(ofCampaign()).extracting(i -> i.criterion().number() + " " + i.status())
                .containsExactlyInAnyOrder("4 CLOSED", "7 OPEN", "10 OPEN");

        declarations.submit(school, campaign.id(), FollowUpFixture.failing(), second.version());
        assertThat(ofCampaign()).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(CorrectiveStatus.CLOSED);
            assertThat(i.closedAt()).isNotNull();
        });
    }

    /**
     * The items follow the latest declaration: a school that now declares Safe passes the rule, so what it still had
     * open is closed as resolved by that declaration (and stops being overdue) rather than left behind while a
     * criterion it newly fails gets none; a later At risk declaration opens items for what it fails then.
     */
    @Test
    void a_safe_declaration_resolves_the_items_left_open_and_a_later_at_risk_one_opens_what_it_fails() {
        as("ht.pleiku");
        DeclarationInfo first = declarations.submit(school, campaign.id(), FollowUpFixture.failing(4, 7), null);
        clock.advance(Duration.ofHours(49));
        try {
            DeclarationInfo safe = declarations.submit(school, campaign.id(), FollowUpFixture.failing(7),
                    first.version());
            assertThat(safe.assessment().status()).isEqualTo(SafetyStatus.SAFE);

            assertThat(ofCampaign()).extracting(i -> i.criterion().number() + " " + i.status())
                    .containsExactly("4 CLOSED", "7 CLOSED");
            assertThat(ofCampaign()).noneMatch(CorrectiveItemInfo::overdue);
            assertThat(ofCampaign()).extracting(i -> i.criterion().number() + " " + i.closedAsSafe())
                    .containsExactly("4 false", "7 true");
            as("pgd.pleiku");
            assertThat(corrective.overdue(campaign.id(), 50)).isEmpty();
            as("ht.pleiku");

            declarations.submit(school, campaign.id(), FollowUpFixture.failing(7, 10), safe.version());
            assertThat(ofCampaign()).filteredOn(i -> i.status() == CorrectiveStatus.OPEN)
                    .extracting(i -> i.criterion().number()).containsExactly(7, 10);
        } finally {
            clock.advance(Duration.ofHours(-49));
        }
    }

    @Test
    void a_safe_declaration_opens_no_item() {
        as("ht.pleiku");

        declarations.submit(school, campaign.id(), FollowUpFixture.failing(1), null);

        assertThat(ofCampaign()).isEmpty();
    }

    @Test
    void the_school_marks_an_item_fixed_with_a_note_and_nobody_else_can() {
        as("ht.pleiku");
        declarations.submit(school, campaign.id(), FollowUpFixture.failing(4), null);
        CorrectiveItemInfo item = ofCampaign().getFirst();

        assertThatThrownBy(() -> corrective.markFixed(item.id(), item.version(), " "))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("corrective.error.note-required"));
        CorrectiveItemInfo fixed = corrective.markFixed(item.id(), item.version(), "Đã lắp bồn rửa tay");

        assertThat(fixed.status()).isEqualTo(CorrectiveStatus.FIXED);
        assertThat(fixed.fixedNote()).isEqualTo("Đã lắp bồn rửa tay");
        assertThat(fixed.fixedByName()).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'CORRECTIVE_ITEM_FIXED' AND target = ?")
                .param("corrective:" + item.id()).query(Long.class).single()).isEqualTo(1);
        as("pgd.pleiku");
        assertThatThrownBy(() -> corrective.markFixed(item.id(), fixed.version(), "Phòng sửa thay"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(corrective.items(school)).extracting(CorrectiveItemInfo::id).contains(item.id());
        as("ht.chuse");
        assertThatThrownBy(() -> corrective.markFixed(item.id(), fixed.version(), "Trường khác"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> corrective.items(school)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_campaigns_own_corrective_hours_set_the_due_date_of_new_items() {
        as("pgd.pleiku");
        assertThatThrownBy(() -> corrective.setCorrectiveHours(campaign.id(), 24))
                .isInstanceOf(AccessDeniedException.class);
        as("vanphong");
        assertThatThrownBy(() -> corrective.setCorrectiveHours(campaign.id(), 0))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("corrective.error.hours"));
        corrective.setCorrectiveHours(campaign.id(), 24);
        as("ht.pleiku");

        DeclarationInfo declared = declarations.submit(school, campaign.id(), FollowUpFixture.failing(5), null);

        assertThat(corrective.correctiveHours(campaign.id())).isEqualTo(24);
        assertThat(ofCampaign()).singleElement().satisfies(i -> {
            assertThat(Duration.between(i.openedAt(), i.dueAt())).isEqualTo(Duration.ofHours(24));
            assertThat(i.openedAt()).isCloseTo(declared.submittedAt(), within(1, ChronoUnit.MILLIS));
        });
    }

    @Test
    void open_items_past_their_due_date_are_overdue_for_the_district_admin_only_in_their_district() {
        as("ht.pleiku");
        declarations.submit(school, campaign.id(), FollowUpFixture.failing(4, 5), null);

        clock.advance(Duration.ofHours(49));
        try {
            as("pgd.pleiku");
            assertThat(corrective.overdue(campaign.id(), 50)).extracting(CorrectiveItemInfo::unitCode)
                    .containsExactly("38010001", "38010001");
            assertThat(corrective.summary(campaign.id())).isEqualTo(new CorrectiveSummary(2, 2, 0, 0));
            as("pgd.chuse");
            assertThat(corrective.overdue(campaign.id(), 50)).isEmpty();
        } finally {
            clock.advance(Duration.ofHours(-49));
        }
    }

    @Test
    void the_demo_gives_every_at_risk_and_unsafe_school_of_307_open_items_for_exactly_its_failed_criteria() {
        long demo = system.call(() -> campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id());

        long schoolsWithOpenItems = jdbc.sql("""
                SELECT COUNT(DISTINCT d.unit_id) FROM declaration d
                JOIN corrective_item i ON i.unit_id = d.unit_id AND i.campaign_id = d.campaign_id AND i.status = 'OPEN'
                WHERE d.campaign_id = :c AND d.status IN ('AT_RISK', 'UNSAFE')""").param("c", demo)
                .query(Long.class).single();
        long openButMet = jdbc.sql("""
                SELECT COUNT(*) FROM corrective_item i
                JOIN declaration d ON d.unit_id = i.unit_id AND d.campaign_id = i.campaign_id
                JOIN declaration_answer a ON a.declaration_id = d.id AND a.criterion_id = i.criterion_id
                WHERE i.campaign_id = :c AND i.status = 'OPEN' AND a.met""").param("c", demo)
                .query(Long.class).single();
        long failedWithoutItem = jdbc.sql("""
                SELECT COUNT(*) FROM declaration d
                JOIN declaration_answer a ON a.declaration_id = d.id AND NOT a.met
                WHERE d.campaign_id = :c AND d.status IN ('AT_RISK', 'UNSAFE') AND NOT EXISTS (
                    SELECT 1 FROM corrective_item i WHERE i.unit_id = d.unit_id AND i.campaign_id = d.campaign_id
                      AND i.criterion_id = a.criterion_id AND i.status = 'OPEN')""").param("c", demo)
                .query(Long.class).single();

        assertThat(schoolsWithOpenItems).isEqualTo(126 + 27);
        assertThat(openButMet).isZero();
        assertThat(failedWithoutItem).isZero();
    }

    private List<CorrectiveItemInfo> ofCampaign() {
        return corrective.items(school).stream().filter(i -> i.campaignId() == campaign.id())
                .sorted(java.util.Comparator.comparing(i -> i.criterion().number())).toList();
    }

    private void as(String username) {
        FollowUpFixture.as(username, users, contexts);
    }
}
