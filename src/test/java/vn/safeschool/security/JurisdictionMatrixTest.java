package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.ALLOWED;
import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.DENIED;
import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.HIDDEN;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.audit.AuditFilter;
import vn.safeschool.audit.AuditService;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.checklist.ChecklistEdit;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.letter.LetterFields;
import vn.safeschool.letter.LetterRequest;
import vn.safeschool.letter.LetterTemplateInfo;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitImport;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.SchoolCount;
import vn.safeschool.org.Structure;
import vn.safeschool.org.UnitKind;
import vn.safeschool.unitimport.ImportResult;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.reminder.ReminderRequest;
import vn.safeschool.reminder.TemplateChanges;
import vn.safeschool.reminder.TemplateInfo;

/**
 * Every public service method × the four roles × a target inside and outside the role's jurisdiction: allowed,
 * denied by role, or hidden (answered like a missing record). A public service method without a row fails the
 * build. Each case runs in a transaction that is rolled back.
 */
@SafeSchoolTest
@Transactional
class JurisdictionMatrixTest {

    enum Outcome {
        /** the call did what it was asked */
        ALLOWED,
        /** the role may not do this at all */
        DENIED,
        /** outside the jurisdiction: not found, as if it did not exist */
        HIDDEN
    }

    /** The refusals that mean "outside": the same answers a missing record gets. */
    private static final Set<String> HIDING_KEYS = Set.of("error.not-found", "org.error.unknown-parent",
            "campaign.error.scope-outside", "account.error.home-outside",
            // a reorganisation naming a unit outside the jurisdiction has the problem "unknown code", as a missing one
            "reorg.error.has-problems");

    /** Expected outcomes per role, inside then outside: leader, staff, district admin, principal. */
    record Expect(Outcome leaderIn, Outcome leaderOut, Outcome staffIn, Outcome staffOut, Outcome districtIn,
            Outcome districtOut, Outcome principalIn, Outcome principalOut) {

        Outcome of(MatrixFixture.Who who, boolean inside) {
            return switch (who) {
                case LEADER -> inside ? leaderIn : leaderOut;
                case STAFF -> inside ? staffIn : staffOut;
                case DISTRICT_ADMIN -> inside ? districtIn : districtOut;
                case PRINCIPAL -> inside ? principalIn : principalOut;
            };
        }

        static Expect everyone(Outcome in, Outcome out) {
            return new Expect(in, out, in, out, in, out, in, out);
        }
    }

    record Row(String method, MatrixFixture.Call call, Expect expect) {
    }

    /** Inside the jurisdiction, outside it. */
    private static final Expect READ_SCOPED = Expect.everyone(ALLOWED, HIDDEN);
    private static final Expect ANY_USER = Expect.everyone(ALLOWED, ALLOWED);
    private static final Expect STAFF_SCOPED = new Expect(DENIED, DENIED, ALLOWED, HIDDEN, DENIED, DENIED, DENIED,
            DENIED);
    private static final Expect ACCOUNT_MANAGERS = new Expect(DENIED, DENIED, ALLOWED, HIDDEN, ALLOWED, HIDDEN,
            DENIED, DENIED);
    /** Department staff only, and nothing unit-bound in it. */
    private static final Expect STAFF_ONLY = new Expect(DENIED, DENIED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED,
            DENIED);
    /** Who reads the audit log: only department staff see who signed in and the accounts' rows, in a unit's history. */
    private static final Expect AUDIT_READERS = new Expect(HIDDEN, HIDDEN, ALLOWED, HIDDEN, HIDDEN, HIDDEN, HIDDEN,
            HIDDEN);
    /** The school itself: its principal, for their own school only. */
    private static final Expect SCHOOL_ONLY = new Expect(DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED,
            HIDDEN);
    /** On behalf of a school: its district office, the department's staff. */
    private static final Expect ON_BEHALF = new Expect(DENIED, DENIED, ALLOWED, HIDDEN, ALLOWED, HIDDEN, DENIED,
            DENIED);

    /** The department's leadership and staff, inside the jurisdiction (the official letter). */
    private static final Expect DEPARTMENT_SCOPED = new Expect(ALLOWED, HIDDEN, ALLOWED, HIDDEN, DENIED, DENIED,
            DENIED, DENIED);
    private static final LetterFields LETTER = new LetterFields("UBND TỈNH", "Gia Lai", "SGDĐT-VP", "ma trận",
            "Các đơn vị", "{safe}/{total} ({safe.share})", "GIÁM ĐỐC", "Người ký", "Lưu: VT");
    /** Who reminds: the department and the district admins inside their jurisdiction; principals never. */
    private static final Expect SENDERS = new Expect(ALLOWED, HIDDEN, ALLOWED, HIDDEN, ALLOWED, HIDDEN, DENIED,
            DENIED);
    /** Who chooses templates: everyone but principals, and nothing unit-bound in them. */
    private static final Expect SENDERS_ONLY = new Expect(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED,
            DENIED);

    /** Reminders (issue 6) and the two queries of other features they use. */
    private static final List<Row> REMINDERS = List.of(
            new Row("AccountService.accountsAt/1", (s, p) -> s.accounts().accountsAt(List.of(p.schoolId())).stream()
                    .anyMatch(a -> a.homeUnitId() == p.schoolId()), READ_SCOPED),
            new Row("OrgService.contactEmails/1", (s, p) -> s.org().contactEmails(List.of(p.schoolId()))
                    .containsKey(p.schoolId()), READ_SCOPED),
            new Row("ReminderService.plan/1", (s, p) -> s.reminding().reminders().plan(ReminderRequest.of(
                    p.campaignId(), List.of(p.schoolId()), p.reminding().templateId())), SENDERS),
            new Row("ReminderService.send/1", (s, p) -> s.reminding().reminders().send(ReminderRequest.of(
                    p.campaignId(), List.of(p.schoolId()), p.reminding().templateId()).forced(true)), SENDERS),
            new Row("ReminderService.log/3", (s, p) -> s.reminding().reminders().log(null, 0, 50).stream()
                    .anyMatch(e -> e.id() == p.reminding().reminderId()), SENDERS),
            new Row("ReminderService.deliveries/1",
                    (s, p) -> s.reminding().reminders().deliveries(p.reminding().reminderId()), SENDERS),
            new Row("ReminderService.abilities/0", (s, p) -> run(() -> s.reminding().reminders().abilities()),
                    ANY_USER),
            new Row("ReminderService.unitHistory/1",
                    (s, p) -> s.reminding().reminders().unitHistory(p.schoolId()), READ_SCOPED),
            new Row("ReminderService.effectiveness/1",
                    (s, p) -> s.reminding().reminders().effectiveness(p.campaignId()), READ_SCOPED),
            new Row("TemplateService.list/0", (s, p) -> s.reminding().templates().list(), SENDERS_ONLY),
            new Row("TemplateService.update/2", (s, p) -> {
                TemplateInfo template = s.reminding().templates().list().getFirst();
                return s.reminding().templates().update(template.id(), TemplateChanges.of(template));
            }, STAFF_ONLY),
            new Row("InboxService.unreadCount/0", (s, p) -> s.reminding().inbox().unreadCount(), ANY_USER),
            new Row("InboxService.list/1", (s, p) -> s.reminding().inbox().list(100).stream()
                    .anyMatch(i -> i.id() == p.reminding().inboxItemId()), READ_SCOPED),
            new Row("InboxService.markRead/1",
                    (s, p) -> run(() -> s.reminding().inbox().markRead(p.reminding().inboxItemId())), READ_SCOPED),
            new Row("InboxService.markAllRead/0", (s, p) -> s.reminding().inbox().markAllRead(), ANY_USER),
            new Row("NoticeService.notifyUnit/4", (s, p) -> s.reminding().notices().notifyUnit(p.schoolId(),
                    "Thông báo kiểm thử", "Nội dung", null), SENDERS));

    /** Only what the children of an office are: those above the office (and in it) see them, a principal does not. */
    private static final Expect OFFICE_SCOPED = new Expect(ALLOWED, HIDDEN, ALLOWED, HIDDEN, ALLOWED, HIDDEN, HIDDEN,
            HIDDEN);

    /** The hierarchy through time (issue 13): its reads for everyone inside, its changes for the staff. */
    private static final List<Row> STRUCTURE = List.of(
            new Row("OrgTimeline.changedAfter/1",
                    (s, p) -> run(() -> s.structures().timeline().changedAfter(p.now())), ANY_USER),
            new Row("OrgTimeline.schools/1", (s, p) -> s.structures().timeline().schools(new SchoolCount(null,
                    p.officeId(), null, null, Structure.TODAY)), ANY_USER),
            new Row("OrgTimeline.isMember/3",
                    (s, p) -> s.structures().timeline().isMember(p.schoolId(), p.officeId(), null), READ_SCOPED),
            new Row("OrgTimeline.childrenAt/2",
                    (s, p) -> s.structures().timeline().childrenAt(p.officeId(), p.now()), READ_SCOPED),
            new Row("RollupService.root/1", (s, p) -> s.rollups().root(RollupFilter.now(p.campaignId())), READ_SCOPED),
            new Row("OrgTimeline.concerns/2",
                    (s, p) -> s.structures().timeline().concerns(p.officeId(), null), READ_SCOPED),
            new Row("OrgTimeline.lineage/1", (s, p) -> s.structures().timeline().lineage(p.schoolId()), READ_SCOPED),
            new Row("OrgTimeline.parentsAt/2",
                    (s, p) -> s.structures().timeline().parentsAt(List.of(p.officeId()), p.now()), OFFICE_SCOPED),
            new Row("OrgTimeline.homeAt/2", (s, p) -> s.structures().timeline().homeAt(new SchoolCount(null,
                    p.officeId(), null, null, Structure.TODAY), s.org().home()), ANY_USER),
            new Row("StructureService.plan/2", (s, p) -> s.structures().structure().plan(rename(p), p.now())
                    .canApply(), STAFF_SCOPED),
            new Row("StructureService.restructure/4", (s, p) -> s.structures().structure().restructure(rename(p),
                    p.now(), null, "ma trận"), STAFF_SCOPED),
            new Row("StructureService.compensation/1", (s, p) -> {
                long event = 900_000 + p.schoolId();
                s.structures().structure().restructure(rename(p), p.now(), event, "ma trận");
                return s.structures().structure().compensation(event);
            }, STAFF_SCOPED),
            new Row("AccountService.homedAt/1", (s, p) -> s.accounts().homedAt(List.of(p.schoolId())), STAFF_SCOPED),
            new Row("AccountService.rehome/2", (s, p) -> s.accounts().rehome(java.util.Collections.singletonMap(
                    p.accountId(), null), "ma trận"), STAFF_SCOPED),
            new Row("NoticeService.notifyAccount/4", (s, p) -> s.accounts().find(p.accountId()).map(a -> run(
                    () -> s.reminding().notices().notifyAccount(a, "Tài khoản", "Nội dung", null))),
                    new Expect(DENIED, DENIED, ALLOWED, HIDDEN, DENIED, HIDDEN, DENIED, DENIED)));

    /** Renames the place's school (a reorganisation of one step). */
    private static Restructuring rename(MatrixFixture.Place p) {
        return new Restructuring(List.of(new Restructuring.Step(1, Restructuring.Action.RENAME, p.schoolCode(), null,
                null, "Trường ma trận (tên mới)", null, null, null)));
    }

    static final List<Row> ROWS = Stream.concat(Stream.of(
            new Row("OrgService.create/1", (s, p) -> s.org().create(p.newSchool()), STAFF_SCOPED),
            new Row("OrgService.update/2", (s, p) -> s.org().update(p.schoolId(), p.schoolChanges()), STAFF_SCOPED),
            new Row("OrgService.find/1", (s, p) -> s.org().find(p.schoolId()), READ_SCOPED),
            new Row("OrgService.findByCode/1", (s, p) -> s.org().findByCode(p.schoolCode()), READ_SCOPED),
            new Row("OrgService.children/1", (s, p) -> s.org().children(p.officeId()),
                    new Expect(ALLOWED, HIDDEN, ALLOWED, HIDDEN, ALLOWED, HIDDEN, HIDDEN, HIDDEN)),
            new Row("OrgService.pathTo/1", (s, p) -> s.org().pathTo(p.schoolId()), READ_SCOPED),
            new Row("OrgService.home/0", (s, p) -> s.org().home(), ANY_USER),
            new Row("OrgService.search/3", (s, p) -> s.org().search(p.schoolCode(), 0, 10).stream()
                    .anyMatch(u -> u.id() == p.schoolId()), READ_SCOPED),
            new Row("OrgService.findByCodes/1", (s, p) -> s.org().findByCodes(List.of(p.schoolCode()))
                    .containsKey(p.schoolCode()), READ_SCOPED),
            new Row("OrgService.codesInUse/1", (s, p) -> s.org().codesInUse(List.of(p.schoolCode())), STAFF_ONLY),
            new Row("OrgService.importUnits/1", (s, p) -> s.org().importUnits(new UnitImport("ma trận",
                    List.of(new UnitImport.Create(p.officeCode(), "MX" + p.schoolCode(), "Trường ma trận",
                            UnitKind.SCHOOL, InstitutionType.PRIMARY, Ownership.PUBLIC)), List.of())), STAFF_SCOPED),
            new Row("ImportService.preview/2", (s, p) -> !s.imports().preview("ma-tran.csv",
                    MatrixFixture.importFile(p)).problems().stream().anyMatch(x -> x.key().contains("parent")),
                    STAFF_SCOPED),
            new Row("ImportService.commit/2", (s, p) -> committed(s, p), STAFF_SCOPED),
            new Row("ImportService.template/0", (s, p) -> s.imports().template(), STAFF_ONLY),
            new Row("ImportService.passwordsWorkbook/2", (s, p) -> s.imports().passwordsWorkbook(
                    new ImportResult("ma-tran.csv", 0, 0, 0, List.of()), List.of("a")), STAFF_ONLY),
            new Row("RollupService.of/2", (s, p) -> s.rollups().of(RollupFilter.now(p.campaignId()), p.schoolId()),
                    READ_SCOPED),
            new Row("RollupService.level/3", (s, p) -> s.rollups().level(RollupFilter.now(p.campaignId()),
                    p.schoolId(), java.util.Comparator.comparing(r -> r.unit().name())), READ_SCOPED),
            new Row("RollupService.children/3", (s, p) -> s.rollups().children(RollupFilter.now(p.campaignId()),
                    p.officeId(), java.util.Comparator.comparing(r -> r.unit().name())),
                    new Expect(ALLOWED, HIDDEN, ALLOWED, HIDDEN, ALLOWED, HIDDEN, HIDDEN, HIDDEN)),
            new Row("TrendService.declaredOverTime/2",
                    (s, p) -> s.trends().declaredOverTime(p.campaignId(), p.schoolId()), READ_SCOPED),
            new Row("ExportService.statisticsXlsx/2", (s, p) -> s.exports().statisticsXlsx(
                    RollupFilter.now(p.campaignId()), p.schoolId()), READ_SCOPED),
            new Row("ExportService.statisticsCsv/2", (s, p) -> s.exports().statisticsCsv(
                    RollupFilter.now(p.campaignId()), p.schoolId()), READ_SCOPED),
            new Row("ExportService.statisticsFileName/2", (s, p) -> s.exports().statisticsFileName(
                    RollupFilter.now(p.campaignId()), "xlsx"), READ_SCOPED),
            new Row("ChecklistService.find/1", (s, p) -> s.checklists().find(p.checklistId()), ANY_USER),
            new Row("ChecklistService.find/2", (s, p) -> s.checklists().find("MOET-2020", 1), ANY_USER),
            new Row("CampaignService.create/1", (s, p) -> s.campaigns().create(p.newCampaign()), STAFF_SCOPED),
            new Row("CampaignService.update/2",
                    (s, p) -> s.campaigns().update(p.campaignId(), p.campaignChanges()), STAFF_SCOPED),
            new Row("CampaignService.close/1", (s, p) -> s.campaigns().close(p.campaignId()), STAFF_SCOPED),
            new Row("CampaignService.archive/1", (s, p) -> s.campaigns().archive(p.campaignId()), STAFF_SCOPED),
            new Row("ChecklistService.list/0", (s, p) -> s.checklists().list(), ANY_USER),
            new Row("ChecklistService.inUse/1", (s, p) -> s.checklists().inUse(p.checklistId()), ANY_USER),
            new Row("ChecklistService.copy/2", (s, p) -> s.checklists().copy(p.checklistId(), null), STAFF_ONLY),
            new Row("ChecklistService.update/2", (s, p) -> {
                ChecklistVersionInfo copy = s.checklists().copy(p.checklistId(), null);
                return s.checklists().update(copy.id(), ChecklistEdit.of(copy));
            }, STAFF_ONLY),
            new Row("CampaignService.mayManage/0", (s, p) -> run(() -> s.campaigns().mayManage()), ANY_USER),
            new Row("CampaignService.find/1", (s, p) -> s.campaigns().find(p.campaignId()), READ_SCOPED),
            new Row("CampaignService.findByDocNumber/1",
                    (s, p) -> s.campaigns().findByDocNumber(p.campaignNumber()), READ_SCOPED),
            new Row("CampaignService.list/0", (s, p) -> s.campaigns().list().stream()
                    .anyMatch(c -> c.id() == p.campaignId()), READ_SCOPED),
            new Row("CampaignService.choose/1", (s, p) -> s.campaigns().choose(p.campaignId())
                    .filter(c -> c.id() == p.campaignId()).isPresent(), READ_SCOPED),
            new Row("DeclarationService.submit/4", (s, p) -> s.declarations().submit(p.schoolId(), p.campaignId(),
                    p.answers(), loadedVersion(s, p)), SCHOOL_ONLY),
            new Row("DeclarationService.submitOnBehalf/5", (s, p) -> s.declarations().submitOnBehalf(p.schoolId(),
                    p.campaignId(), p.answers(), loadedVersion(s, p), "Trường mất mạng, Phòng nhập thay"),
                    ON_BEHALF),
            new Row("DeclarationService.reconfirm/3", (s, p) -> s.declarations().reconfirm(p.schoolId(),
                    p.campaignId(), loadedVersion(s, p) == null ? 0 : loadedVersion(s, p)), SCHOOL_ONLY),
            new Row("DeclarationService.reopen/4", (s, p) -> s.declarations().reopen(p.schoolId(), p.campaignId(),
                    p.now().plus(java.time.Duration.ofDays(2)), "Trường bị mất điện đúng hạn chót"), ON_BEHALF),
            new Row("DeclarationService.importSubmission/5", (s, p) -> s.declarations()
                    .importSubmission(p.schoolId(), p.campaignId(), p.answers(), p.now(), null), STAFF_SCOPED),
            new Row("DeclarationService.preview/2", (s, p) -> s.declarations().preview(p.campaignId(), p.answers()),
                    READ_SCOPED),
            new Row("DeclarationService.find/2", (s, p) -> s.declarations().find(p.declaredSchoolId(),
                    p.campaignId()), READ_SCOPED),
            new Row("DeclarationService.details/2", (s, p) -> s.declarations().details(p.declaredSchoolId(),
                    p.campaignId()), READ_SCOPED),
            new Row("DeclarationService.history/2", (s, p) -> s.declarations().history(p.declaredSchoolId(),
                    p.campaignId()), READ_SCOPED),
            new Row("AccountService.create/1", (s, p) -> s.accounts().create(p.newPrincipal()), ACCOUNT_MANAGERS),
            new Row("AccountService.update/2", (s, p) -> s.accounts().update(p.accountId(), p.accountChanges()),
                    ACCOUNT_MANAGERS),
            new Row("AccountService.setEnabled/2", (s, p) -> s.accounts().setEnabled(p.accountId(), false),
                    ACCOUNT_MANAGERS),
            new Row("AccountService.unlock/1", (s, p) -> s.accounts().unlock(p.accountId()), ACCOUNT_MANAGERS),
            new Row("AccountService.resetPassword/1", (s, p) -> s.accounts().resetPassword(p.accountId()),
                    ACCOUNT_MANAGERS),
            new Row("AccountService.list/1", (s, p) -> s.accounts().list(p.accountUsername()).stream()
                    .anyMatch(a -> a.id() == p.accountId()), ACCOUNT_MANAGERS),
            new Row("AccountService.find/1", (s, p) -> s.accounts().find(p.accountId()), ACCOUNT_MANAGERS),
            new Row("AccountService.findByUsername/1",
                    (s, p) -> s.accounts().findByUsername(p.accountUsername()), ACCOUNT_MANAGERS),
            new Row("AuditService.search/3", (s, p) -> answered(s.audit().search(unitFilter(p), 0, 10)),
                    STAFF_SCOPED),
            new Row("AuditService.count/1", (s, p) -> s.audit().count(unitFilter(p)), STAFF_SCOPED),
            new Row("AuditService.historyOfUnit/2", (s, p) -> answered(s.audit().historyOfUnit(p.schoolId(), 10)),
                    READ_SCOPED),
            new Row("AuditService.historyOfUnit/2 declarations and unit changes", (s, p) -> history(s, p)
                    .containsAll(Set.of(AuditAction.DECLARATION_SUBMITTED, AuditAction.UNIT_UPDATED)), READ_SCOPED),
            new Row("AuditService.historyOfUnit/2 sign-ins and accounts", (s, p) -> history(s, p).stream()
                    .anyMatch(action -> !AuditService.UNIT_WORK.contains(action)), AUDIT_READERS),
            new Row("LetterService.mayEditTemplates/0", (s, p) -> run(() -> s.letters().mayEditTemplates()),
                    ANY_USER),
            new Row("LetterService.template/1", (s, p) -> s.letters().template(p.campaignId()), DEPARTMENT_SCOPED),
            new Row("LetterService.saveTemplate/2", (s, p) -> s.letters().saveTemplate(p.campaignId(),
                    templateAsRead(s, p)), STAFF_SCOPED),
            new Row("LetterService.compose/1", (s, p) -> s.letters().compose(letter(p)), DEPARTMENT_SCOPED),
            new Row("LetterService.pdf/1", (s, p) -> s.letters().pdf(letter(p)), DEPARTMENT_SCOPED),
            new Row("AccountService.me/0", (s, p) -> s.accounts().me(), ANY_USER),
            new Row("AccountService.changeMyLanguage/1",
                    (s, p) -> run(() -> s.accounts().changeMyLanguage(java.util.Locale.ENGLISH)), ANY_USER),
            new Row("AccountService.changeMyPassword/2",
                    (s, p) -> run(() -> s.accounts().changeMyPassword(p.demoPassword(), "Một mật khẩu mới 2026")),
                    ANY_USER)), Stream.concat(FollowUpMatrix.ROWS.stream(), Stream.concat(REMINDERS.stream(),
                    Stream.concat(STRUCTURE.stream(), ReorgMatrix.ROWS.stream())))).toList();

    @Autowired
    MatrixFixture fixture;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : ROWS) {
            for (MatrixFixture.Who who : MatrixFixture.Who.values()) {
                cases.add(Arguments.of(row.method(), who, true));
                cases.add(Arguments.of(row.method(), who, false));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, inside={2}")
    @MethodSource("cases")
    void each_service_method_is_allowed_denied_or_hidden_as_the_matrix_says(String method, MatrixFixture.Who who,
            boolean inside) {
        Row row = ROWS.stream().filter(r -> r.method().equals(method)).findFirst().orElseThrow();
        MatrixFixture.Place place = fixture.prepare(method, who, inside);

        Outcome outcome = fixture.asUser(who, () -> attempt(row.call(), place));

        assertThat(outcome).as("%s as %s %s the jurisdiction", method, who, inside ? "inside" : "outside")
                .isEqualTo(row.expect().of(who, inside));
    }

    @Test
    void every_public_service_method_has_a_row_in_the_matrix() {
        // a method may have several rows, one per aspect: "AuditService.historyOfUnit/2 sign-ins and accounts"
        Set<String> inMatrix = new TreeSet<>(ROWS.stream().map(row -> row.method().split(" ", 2)[0]).toList());

        assertThat(new TreeSet<>(publicServiceMethods().keySet())).isEqualTo(inMatrix);
    }

    @Test
    void every_public_service_method_carries_its_role_annotation() {
        List<String> unguarded = publicServiceMethods().entrySet().stream()
                .filter(e -> !e.getValue().isAnnotationPresent(PreAuthorize.class)).map(Map.Entry::getKey).toList();

        assertThat(unguarded).isEmpty();
    }

    private Outcome attempt(MatrixFixture.Call call, MatrixFixture.Place place) {
        try {
            Object result = call.call(fixture.services(), place);
            if (result instanceof Optional<?> optional && optional.isEmpty()
                    || result instanceof Boolean visible && !visible
                    || result instanceof Collection<?> collection && collection.isEmpty()) {
                return HIDDEN;
            }
            return ALLOWED;
        } catch (AccessDeniedException e) {
            return DENIED;
        } catch (RuleViolation e) {
            if (HIDING_KEYS.contains(e.messageKey())) {
                return HIDDEN;
            }
            return fail("unexpected refusal " + e.messageKey(), e);
        }
    }

    /** The version the school's page would have loaded (null outside the jurisdiction or when not declared). */
    private static Long loadedVersion(MatrixFixture.Services s, MatrixFixture.Place p) {
        return s.declarations().find(p.schoolId(), p.campaignId()).map(d -> d.version()).orElse(null);
    }

    /** The template as the user's page read it; one they cannot read is asked for as if read at version 0. */
    private static LetterTemplateInfo templateAsRead(MatrixFixture.Services s, MatrixFixture.Place p) {
        try {
            return s.letters().template(p.campaignId()).with(LETTER);
        } catch (AccessDeniedException | RuleViolation e) {
            return new LetterTemplateInfo(0, null, LETTER, 0);
        }
    }

    private static LetterRequest letter(MatrixFixture.Place place) {
        return new LetterRequest(place.campaignId(), null, "1", java.time.LocalDate.of(2021, 2, 26), LETTER);
    }

    /** The actions in the place's school's history (the fixture put a sign-in, an account, a declaration there). */
    private static Set<AuditAction> history(MatrixFixture.Services s, MatrixFixture.Place p) {
        return s.audit().historyOfUnit(p.schoolId(), AuditService.MAX_LIMIT).stream().map(AuditEntry::action)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static AuditFilter unitFilter(MatrixFixture.Place place) {
        return new AuditFilter(null, place.schoolId(), Set.of(), null, null);
    }

    /** An import whose rows lie outside the jurisdiction is refused for its unknown parent: hidden, not denied. */
    private static boolean committed(MatrixFixture.Services s, MatrixFixture.Place p) {
        try {
            s.imports().commit("ma-tran.csv", MatrixFixture.importFile(p));
            return true;
        } catch (RuleViolation e) {
            if ("import.error.has-problems".equals(e.messageKey())) {
                return !s.imports().preview("ma-tran.csv", MatrixFixture.importFile(p)).problems().stream()
                        .anyMatch(x -> x.key().contains("parent"));
            }
            throw e;
        }
    }

    /** The call was let through; an empty page is a valid answer (a refusal would have thrown). */
    private static boolean answered(List<?> page) {
        return page != null;
    }

    private static Object run(Runnable action) {
        action.run();
        return "done";
    }

    static Map<String, Method> publicServiceMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Map<String, Method> methods = new java.util.HashMap<>();
        for (var candidate : scanner.findCandidateComponents("vn.safeschool")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (!Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && !method.isSynthetic()) {
                        methods.put(type.getSimpleName() + "." + method.getName() + "/" + method.getParameterCount(),
                                method);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return methods;
    }
}
