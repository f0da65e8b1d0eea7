package vn.safeschool.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.DemoSignIn;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.OrgService;
import vn.safeschool.oversight.StatusFilter;
import vn.safeschool.security.SystemTask;

/**
 * Reminding by hand on the demo province, with e-mail off as in the demo: who may remind whom, what the recipients
 * get, the throttle, the inbox and what the sender sees. Each test rolls back; the campaign is the test's own.
 */
@SafeSchoolTest
@Transactional
class ReminderServiceTest {

    @Autowired
    ReminderService reminders;
    @Autowired
    InboxService inbox;
    @Autowired
    TemplateService templates;
    @Autowired
    NoticeService notices;
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
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Value("${safeschool.demo.password}")
    String demoPassword;

    CampaignInfo campaign;
    long declare;

    @BeforeEach
    void ownCampaign() {
        campaign = system.call(() -> campaigns.create(new NewCampaign("NN-" + System.nanoTime() % 100_000,
                "Kiểm tra nhắc nhở", LocalDate.of(2020, 10, 1), LocalDateTime.of(2020, 10, 9, 11, 0),
                org.findByCode("38").orElseThrow().id(),
                checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
        declare = system.call(() -> templates.list()).stream().filter(t -> t.code().equals("declare")).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        DemoSignIn.out(contexts);
    }

    @Test
    void a_district_admin_reminds_two_schools_and_the_principal_reads_it_in_the_inbox() {
        as("ht.pleiku");
        long unreadBefore = inbox.unreadCount();
        as("pgd.pleiku");

        ReminderRequest request = ReminderRequest.of(campaign.id(), List.of(id("38010001"), id("38010002")), declare);
        ReminderPlan plan = reminders.plan(request);
        ReminderResult sent = reminders.send(request);

        // 38010001: its principal (inbox and e-mail) and its contact address; 38010002 only a contact address,
        // which nobody reads while e-mail is off: it is named, not counted as reminded
        assertThat(plan.units()).isEqualTo(1);
        assertThat(plan.recipients()).isEqualTo(1);
        assertThat(plan.inbox()).isEqualTo(1);
        assertThat(plan.emails()).isEqualTo(2);
        assertThat(plan.withoutRecipients()).containsExactly(name("38010002"));
        assertThat(plan.mailEnabled()).isFalse();
        assertThat(plan.previews()).first().satisfies(p -> assertThat(p.body()).contains(campaign.docNumber(),
                "09/10/2020", "/schools/" + id("38010001") + "/declaration?campaign=" + campaign.id(),
                "Chưa khai báo"));
        assertThat(sent.units()).isEqualTo(1);
        assertThat(sent.recipients()).isEqualTo(1);
        assertThat(sent.unreached()).isEqualTo(1);

        as("ht.pleiku");
        assertThat(inbox.unreadCount()).isEqualTo(unreadBefore + 1);
        InboxItem item = inbox.list(10).getFirst();
        assertThat(item.subject()).contains(campaign.docNumber()).contains(name("38010001"));
        assertThat(item.sender()).isEqualTo("Lê Văn Hải");
        inbox.markRead(item.id());
        assertThat(inbox.unreadCount()).isEqualTo(unreadBefore);

        as("pgd.pleiku");
        ReminderLogEntry entry = reminders.log(campaign.id(), 0, 10).getFirst();
        assertThat(entry.units()).isEqualTo(1);
        assertThat(entry.inbox()).isEqualTo(1);
        assertThat(entry.seen()).isEqualTo(1);
        assertThat(entry.mailOff()).isEqualTo(2);
        assertThat(reminders.deliveries(entry.id())).filteredOn(d -> d.channel() == Channel.EMAIL)
                .allMatch(d -> d.status() == DeliveryStatus.MAIL_OFF).hasSize(2);
        assertThat(reminders.deliveries(entry.id())).filteredOn(d -> d.channel() == Channel.INBOX)
                .singleElement().satisfies(d -> assertThat(d.readAt()).isNotNull());
    }

    @Test
    void a_unit_reminded_within_twelve_hours_is_held_back_unless_forced_and_the_dialog_names_who_reminded_it() {
        as("pgd.pleiku");
        ReminderRequest request = ReminderRequest.of(campaign.id(), List.of(id("38010001")), declare);
        reminders.send(request);

        clock.advance(Duration.ofHours(11));
        try {
            ReminderPlan plan = reminders.plan(request);
            assertThat(plan.units()).isZero();
            assertThat(plan.throttled()).singleElement()
                    .satisfies(t -> assertThat(t.by()).isEqualTo("Lê Văn Hải"));
            assertThatThrownBy(() -> reminders.send(request)).isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("reminder.error.all-throttled");

            assertThat(reminders.send(request.forced(true)).units()).isEqualTo(1);
            assertThat(reminders.log(campaign.id(), 0, 10).getFirst().forced()).isTrue();

            clock.advance(Duration.ofHours(13));
            assertThat(reminders.plan(request).units()).isEqualTo(1);
        } finally {
            clock.advance(Duration.ofHours(-24));
        }
    }

    @Test
    void nobody_reminds_outside_their_jurisdiction_a_district_admin_only_schools_and_a_principal_nobody() {
        as("pgd.chuse");
        assertThatThrownBy(() -> reminders.plan(ReminderRequest.of(campaign.id(), List.of(id("38010001")), declare)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(id("38070030"),
                id("38010001")), declare))).isInstanceOf(NotFound.class);

        as("pgd.pleiku");
        assertThatThrownBy(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(id("3801")), declare)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("reminder.error.own-unit");
        assertThatThrownBy(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(id("3807")), declare)))
                .isInstanceOf(NotFound.class);

        as("ht.pleiku");
        assertThatThrownBy(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(id("38010001")), declare)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void department_staff_remind_an_office_and_if_asked_its_lagging_schools_directly() {
        as("vanphong");
        ReminderRequest office = ReminderRequest.of(campaign.id(), List.of(id("3801")), declare);

        ReminderPlan officeOnly = reminders.plan(office);
        ReminderPlan withSchools = reminders.plan(new ReminderRequest(campaign.id(), List.of(id("3801")), declare,
                true, Set.of(StatusFilter.NOT_DECLARED), false));

        assertThat(officeOnly.units()).isEqualTo(1);
        assertThat(officeOnly.previews()).first().satisfies(p -> assertThat(p.body()).contains("0/120"));
        // the office and its 120 schools, none of which declared in this campaign; but only the office and the
        // school with a principal's account can receive it while e-mail is off, the others are named
        assertThat(withSchools.units()).isEqualTo(2);
        assertThat(withSchools.withoutRecipients()).hasSize(119);
        assertThatThrownBy(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(id("38")), declare)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_template_with_an_unknown_placeholder_is_refused_and_an_edited_one_is_what_recipients_read() {
        as("vanphong");
        TemplateInfo template = templates.list().stream().filter(t -> t.code().equals("declare")).findFirst()
                .orElseThrow();
        TemplateChanges broken = new TemplateChanges(template.nameVi(), template.nameEn(), "Nhắc {truong}",
                template.bodyVi(), template.subjectEn(), template.bodyEn(), template.version());

        assertThatThrownBy(() -> templates.update(template.id(), broken)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).contains("{truong}"));

        templates.update(template.id(), new TemplateChanges(template.nameVi(), template.nameEn(),
                "Khẩn: {unit.name} khai báo trước {deadline}", template.bodyVi(), template.subjectEn(),
                template.bodyEn(), template.version()));
        ReminderPlan plan = reminders.plan(ReminderRequest.of(campaign.id(), List.of(id("38010001")), declare));
        assertThat(plan.previews().getFirst().subject()).isEqualTo("Khẩn: " + name("38010001")
                + " khai báo trước 11:00 09/10/2020");
        assertThatThrownBy(() -> templates.update(template.id(), TemplateChanges.of(template)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_notice_reaches_the_units_principal_in_the_inbox() {
        as("ht.pleiku");
        long before = inbox.unreadCount();
        as("pgd.pleiku");

        int reached = notices.notifyUnit(id("38010001"), "Có việc cần khắc phục", "Phòng đã giao một việc.",
                "units/" + id("38010001"));

        as("ht.pleiku");
        assertThat(reached).isEqualTo(2);
        assertThat(inbox.unreadCount()).isEqualTo(before + 1);
        assertThat(inbox.list(1).getFirst()).satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ReminderKind.NOTICE);
            assertThat(i.link()).isEqualTo("units/" + id("38010001"));
            assertThat(i.body()).contains("http://localhost:8080/units/" + id("38010001"));
        });
    }

    @Test
    void a_reminder_nobody_can_receive_is_refused_before_it_is_sent_and_says_why() {
        as("pgd.pleiku");
        // 38010002 and 38010003 have no account, only a contact address, and e-mail is off
        ReminderRequest request = ReminderRequest.of(campaign.id(), List.of(id("38010002"), id("38010003")),
                declare);

        ReminderPlan plan = reminders.plan(request);

        assertThat(plan.units()).isZero();
        assertThat(plan.recipients()).isZero();
        assertThat(plan.withoutRecipients()).containsExactly(name("38010002"), name("38010003"));
        assertThatThrownBy(() -> reminders.send(request)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("reminder.error.nobody-reachable"));
        assertThat(reminders.log(campaign.id(), 0, 10)).isEmpty();
    }

    @Test
    void the_declare_reminder_leaves_out_schools_that_have_declared_and_the_fix_reminder_those_with_nothing_to_fix() {
        as("pgd.pleiku");
        long declared = id("38010001");
        long notDeclared = id("38010004");
        system.run(() -> declarations(declared));
        long fix = templates.list().stream().filter(t -> t.code().equals("fix")).findFirst().orElseThrow().id();

        ReminderPlan toDeclare = reminders.plan(ReminderRequest.of(campaign.id(), List.of(declared, notDeclared),
                declare));
        ReminderPlan toFix = reminders.plan(ReminderRequest.of(campaign.id(), List.of(declared, notDeclared), fix));

        assertThat(toDeclare.notConcerned()).containsExactly(name("38010001"));
        assertThat(toDeclare.previews()).noneMatch(p -> p.body().contains(name("38010001")));
        // the declared school is Safe: nothing to fix either
        assertThat(toFix.notConcerned()).containsExactly(name("38010001"), name("38010004"));
        assertThatThrownBy(() -> reminders.send(ReminderRequest.of(campaign.id(), List.of(declared), declare)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("reminder.error.none-concerned"));
    }

    @Test
    void reminding_the_lagging_schools_below_an_office_leaves_out_a_school_that_declared_safe_after_the_deadline() {
        as("vanphong");
        long lateButSafe = id("38010001");
        system.run(() -> declarations(lateButSafe));
        ReminderRequest lagging = new ReminderRequest(campaign.id(), List.of(id("3801")), declare, true, Set.of(),
                false);

        ReminderPlan plan = reminders.plan(lagging);

        // the office, and of its schools those not declared (119, none of them reachable while e-mail is off);
        // the late but Safe school is not lagging, and not told to declare
        assertThat(plan.units()).isEqualTo(1);
        assertThat(plan.withoutRecipients()).hasSize(119).doesNotContain(name("38010001"));
        assertThat(plan.notConcerned()).isEmpty();
        assertThat(plan.previews()).noneMatch(p -> p.recipient().contains("Phạm Thị Thu Hà"));
        assertThat(StatusFilter.LAGGING).doesNotContain(StatusFilter.LATE);
    }

    /** The school declares every criterion met, now — after the test campaign's deadline: Late and Safe. */
    private void declarations(long school) {
        var answers = new java.util.HashMap<Integer, vn.safeschool.declaration.AnswerInput>();
        checklists.find(campaign.checklistVersionId()).orElseThrow().criteria()
                .forEach(c -> answers.put(c.number(), new vn.safeschool.declaration.AnswerInput(true, null)));
        declarationService.submitOnBehalf(school, campaign.id(), answers, null, "Kiểm tra");
    }

    @Autowired
    vn.safeschool.declaration.DeclarationService declarationService;

    private void as(String username) {
        DemoSignIn.as(username, demoPassword, userDetails, passwordEncoder, contexts);
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    private String name(String code) {
        return jdbc.sql("SELECT name FROM org_unit WHERE code = ?").param(code).query(String.class).single();
    }
}
