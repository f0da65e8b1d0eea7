package vn.safeschool.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.safeschool.audit.AuditService;
import vn.safeschool.campaign.CampaignChanges;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.oversight.ExportService;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.TrendService;
import vn.safeschool.unitimport.ImportService;
import vn.safeschool.reminder.InboxService;
import vn.safeschool.reminder.NoticeService;
import vn.safeschool.reminder.ReminderRequest;
import vn.safeschool.reminder.ReminderService;
import vn.safeschool.reminder.TemplateService;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.followup.CorrectiveService;
import vn.safeschool.followup.FollowUpService;
import vn.safeschool.letter.LetterService;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitChanges;
import vn.safeschool.org.UnitKind;

/**
 * The places the jurisdiction matrix aims at. Inside: a Pleiku school (the principal: their own school). Outside:
 * for the department, a school of another province (Kon Tum, made here); for the Pleiku district admin, a Chư Sê
 * school; for the principal, the next Pleiku school. Everything made here lives in the test's rolled-back
 * transaction.
 */
@Component
@Profile("demo")
class MatrixFixture {

    enum Who {
        LEADER("lanhdao"), STAFF("vanphong"), DISTRICT_ADMIN("pgd.pleiku"), PRINCIPAL("ht.pleiku");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    record Services(OrgService org, ChecklistService checklists, CampaignService campaigns,
            DeclarationService declarations, AccountService accounts,
            AuditService audit, ImportService imports, RollupService rollups, TrendService trends,
            ExportService exports, LetterService letters, FollowUpService followUps,
            CorrectiveService corrective, Reminders reminding, Structures structures) {
    }

    /** The hierarchy through time (issue 13). */
    record Structures(vn.safeschool.org.OrgTimeline timeline, vn.safeschool.org.StructureService structure,
            vn.safeschool.reorganisation.ReorganisationService events, vn.safeschool.unitimport.MappingFiles files,
            vn.safeschool.followup.OpenWorkService openWork) {
    }

    /** The reminders' services (issue 6). */
    record Reminders(ReminderService reminders, TemplateService templates, InboxService inbox,
            NoticeService notices) {
    }

    @FunctionalInterface
    interface Call {
        Object call(Services services, Place place);
    }

    record Place(long schoolId, String schoolCode, long officeId, String officeCode, long campaignId, String campaignNumber,
            long checklistId, long declaredSchoolId, long accountId, String accountUsername, NewOrgUnit newSchool,
            UnitChanges schoolChanges, NewCampaign newCampaign, Map<Integer, AnswerInput> answers, Instant now,
            NewAccount newPrincipal, AccountChanges accountChanges, String demoPassword,
            CampaignChanges campaignChanges, FollowUpMatrix.@Nullable Place followUp, Reminding reminding,
            ReorgMatrix.Place reorg) {
    }

    /**
     * For the reminders' rows: the default template, a reminder that reached the place's school, and a message in
     * an inbox — the user's own inside, another user's outside.
     */
    record Reminding(long templateId, long reminderId, long inboxItemId) {
    }

    private final Services services;
    private final SignIns signIns;
    private final SystemTask system;
    private final UserDetailsService userDetails;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;
    private final String demoPassword;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MatrixFixture(OrgService org, ChecklistService checklists, CampaignService campaigns,
            DeclarationService declarations, AccountService accounts,
            AuditService audit, ImportService imports, RollupService rollups, TrendService trends,
            ExportService exports, SystemTask system, UserDetailsService userDetails, SecurityContextHolderStrategy contexts, Clock clock,
            @Value("${safeschool.demo.password}") String demoPassword, LetterService letters,
            FollowUpService followUps, CorrectiveService corrective, ReminderService reminders,
            TemplateService templates, InboxService inbox, NoticeService notices,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, vn.safeschool.org.OrgTimeline timeline,
            vn.safeschool.org.StructureService structure,
            vn.safeschool.reorganisation.ReorganisationService reorganisations,
            vn.safeschool.unitimport.MappingFiles mappingFiles, vn.safeschool.followup.OpenWorkService openWork,
            SignIns signIns) {
        this.signIns = signIns;
        this.services = new Services(org, checklists, campaigns, declarations, accounts, audit,
                imports, rollups, trends, exports, letters, followUps, corrective,
                new Reminders(reminders, templates, inbox, notices), new Structures(timeline, structure, reorganisations, mappingFiles, openWork));
        this.jdbc = jdbc;
        this.system = system;
        this.userDetails = userDetails;
        this.contexts = contexts;
        this.clock = clock;
        this.demoPassword = demoPassword;
    }

    Services services() {
        return services;
    }

    Instant now() {
        return clock.instant();
    }

    /** @param method the matrix row: accounts and declarations are made only for the rows that need them */
    Place prepare(String method, Who who, boolean inside) {
        return system.call(() -> {
            OrgService org = services.org();
            long checklistId = services.checklists().find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id();
            OrgUnitInfo kontum = org.create(new NewOrgUnit(null, "62", "Sở GDĐT Kon Tum (kiểm thử)", null,
                    UnitKind.DEPARTMENT, null, null, null));
            OrgUnitInfo kontumOffice = org.create(new NewOrgUnit(kontum.id(), "6201", "Phòng GDĐT Kon Tum", null,
                    UnitKind.DISTRICT_OFFICE, null, null, null));
            OrgUnitInfo kontumSchool = org.create(new NewOrgUnit(kontumOffice.id(), "62010001",
                    "Trường Tiểu học Kon Tum", null, UnitKind.SCHOOL, InstitutionType.PRIMARY, Ownership.PUBLIC,
                    "c62010001@kontum.edu.vn"));
            CampaignInfo gialai = services.campaigns().findByDocNumber("307/SGDĐT-VP").orElseThrow();
            CampaignInfo kontumCampaign = campaign("62", checklistId);
            CampaignInfo chuseCampaign = campaign("3807", checklistId);

            OrgUnitInfo school = switch (who) {
                case LEADER, STAFF -> inside ? unit("38010002") : kontumSchool;
                case DISTRICT_ADMIN -> inside ? unit("38010002") : unit("38070001");
                case PRINCIPAL -> inside ? unit("38010001") : unit("38010002");
            };
            OrgUnitInfo office = switch (who) {
                case LEADER, STAFF -> inside ? unit("3801") : kontumOffice;
                case DISTRICT_ADMIN -> inside ? unit("3801") : unit("3807");
                case PRINCIPAL -> inside ? unit("3801") : unit("3807");
            };
            // a reminder goes only to a school someone can receive it at and that it concerns (not declared in
            // the campaign): the reminders' rows get a campaign of their own and a principal at the school
            boolean reminds = method.startsWith("ReminderService.") || method.startsWith("InboxService.");
            CampaignInfo ownGialai = reminds ? campaign("38", checklistId) : gialai;
            CampaignInfo campaign = inside ? ownGialai
                    : (who == Who.LEADER || who == Who.STAFF) ? kontumCampaign : chuseCampaign;
            String accountHome = switch (who) {
                case LEADER, STAFF -> inside ? "38010002" : "62010001";
                case DISTRICT_ADMIN -> inside ? "38010002" : "38070001";
                case PRINCIPAL -> inside ? "38010002" : "38070001";
            };
            boolean needsAccount = method.startsWith("AccountService.") && !method.contains(".me")
                    && !method.contains("changeMy") || method.equals("NoticeService.notifyAccount/4");
            AccountInfo account = needsAccount ? services.accounts().create(principal(unit(accountHome).id()))
                    .account() : services.accounts().findByUsername(who.username).orElseThrow();
            if (inside && method.startsWith("Declaration")) {
                services.declarations().importSubmission(school.id(), campaign.id(), allMet(), clock.instant(), null);
            }
            if (method.startsWith("AuditService.historyOfUnit/2 ")) {
                happenedAt(school, school.code().startsWith("62") ? kontumCampaign : gialai);
            }
            return new Place(school.id(), school.code(), office.id(), office.code(), campaign.id(), campaign.docNumber(),
                    checklistId, school.id(), account.id(), account.username(),
                    new NewOrgUnit(office.id(), "MX" + suffix(), "Trường mới (kiểm thử)", null, UnitKind.SCHOOL,
                            InstitutionType.PRESCHOOL, Ownership.PUBLIC, null),
                    new UnitChanges(school.name() + " (sửa)", null, school.institutionType(), school.ownership(),
                            null, true),
                    new NewCampaign("MX-" + suffix(), "Đợt kiểm thử", LocalDate.of(2026, 1, 5),
                            LocalDateTime.of(2026, 1, 9, 11, 0), office.id() == kontumOffice.id() ? kontum.id()
                                    : org.findByCode("38").orElseThrow().id(), checklistId, 7, false),
                    allMet(), clock.instant(), principal(school.id()),
                    new AccountChanges("Hiệu trưởng (sửa)", null, null, Role.PRINCIPAL, unit(accountHome).id(),
                            account.version()),
                    demoPassword, CampaignChanges.of(campaign), FollowUpMatrix.concerns(method)
                            ? FollowUpMatrix.prepare(services, method, who, inside, campaign.id(), clock.instant())
                            : null,
                    reminding(method, who, inside, school, inside || who == Who.PRINCIPAL || who == Who.DISTRICT_ADMIN
                            ? ownGialai : kontumCampaign),
                    ReorgMatrix.concerns(method) ? ReorgMatrix.prepare(this, who, inside, kontum)
                            : ReorgMatrix.Place.NONE);
        });
    }

    /**
     * For the unit history's rows: what its audit rows record at the school — a declaration, a change of the unit,
     * an account with an e-mail address and phone number, and that account's sign-in.
     */
    private void happenedAt(OrgUnitInfo school, CampaignInfo campaign) {
        services.declarations().importSubmission(school.id(), campaign.id(), allMet(), clock.instant(), null);
        services.org().update(school.id(), new UnitChanges(school.name() + " (sửa)", school.shortName(),
                school.institutionType(), school.ownership(), null, true));
        AccountInfo account = services.accounts().create(new NewAccount("mx." + suffix(), null, "Hiệu trưởng kiểm thử",
                "hieutruong." + suffix() + "@truong.edu.vn", "0912345678", Role.PRINCIPAL, school.id(),
                Locale.of("vi"))).account();
        signIns.succeeded(account.username());
    }

    /** Only the reminders' rows send anything; the others get ids that match nothing. */
    private Reminding reminding(String method, Who who, boolean inside, OrgUnitInfo school, CampaignInfo campaign) {
        Reminders r = services.reminding();
        long template = r.templates().list().stream()
                .filter(t -> t.code().equals(vn.safeschool.reminder.TemplateService.DECLARE)).findFirst()
                .orElseThrow().id();
        if (!method.startsWith("ReminderService.") && !method.startsWith("InboxService.")) {
            return new Reminding(template, -1, -1);
        }
        if (!school.code().equals("38010001")) {
            services.accounts().create(principal(school.id()));
        }
        long reminder = r.reminders().send(ReminderRequest.of(campaign.id(), java.util.List.of(school.id()), template)
                .forced(true)).reminderId();
        String reader = inside ? who.username : "ht.chuse";
        AccountInfo account = services.accounts().findByUsername(reader).orElseThrow();
        r.notices().notifyUnit(account.homeUnitId(), "Thông báo kiểm thử", "Nội dung kiểm thử", null);
        long item = jdbc.sql("""
                SELECT MAX(id) FROM reminder_delivery WHERE recipient_user_id = ? AND channel = 'INBOX'""")
                .param(account.id()).query(Long.class).single();
        return new Reminding(template, reminder, item);
    }

    /** A one-school import file (CSV, UTF-8) under the place's office. */
    static byte[] importFile(Place place) {
        return ("Mã trường,Tên trường,Loại hình,Loại hình sở hữu,Mã đơn vị quản lý\n"
                + "MX" + suffix() + ",Trường ma trận,Tiểu học,Công lập," + place.officeCode() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    <T> T asUser(Who who, Supplier<T> work) {
        return asUsername(who.username, work);
    }

    <T> T asUsername(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContext previous = contexts.getContext();
        contexts.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
            SecurityContextHolder.clearContext();
        }
    }

    private CampaignInfo campaign(String scopeCode, long checklistId) {
        return services.campaigns().create(new NewCampaign("MX-" + scopeCode + "-" + suffix(), "Đợt kiểm thử",
                LocalDate.of(2026, 1, 5), LocalDateTime.of(2026, 1, 9, 11, 0), unit(scopeCode).id(), checklistId, 7,
                false));
    }

    private NewAccount principal(long schoolId) {
        return new NewAccount("mx." + suffix(), null, "Hiệu trưởng kiểm thử", null, null, Role.PRINCIPAL, schoolId,
                Locale.of("vi"));
    }

    private OrgUnitInfo unit(String code) {
        return services.org().findByCode(code).orElseThrow();
    }

    private static Map<Integer, AnswerInput> allMet() {
        Map<Integer, AnswerInput> answers = new HashMap<>();
        for (int n = 1; n <= 15; n++) {
            answers.put(n, AnswerInput.yes());
        }
        return answers;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
