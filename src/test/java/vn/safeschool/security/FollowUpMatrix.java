package vn.safeschool.security;

import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.ALLOWED;
import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.DENIED;
import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.HIDDEN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.safeschool.followup.BulkCriterion;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveStatus;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpFilter;
import vn.safeschool.followup.FollowUpFixture;
import vn.safeschool.followup.FollowUpResponse;
import vn.safeschool.followup.FollowUpType;
import vn.safeschool.followup.NewFollowUp;
import vn.safeschool.security.JurisdictionMatrixTest.Expect;
import vn.safeschool.security.JurisdictionMatrixTest.Row;

/**
 * The follow-up feature's rows of the jurisdiction matrix, and the cases and corrective items they aim at. Inside:
 * a case on the user's own side — the Pleiku office for the department (opener side) and for its district admin
 * (assignee side), a Pleiku school opened by the office for the district admin deciding, the principal's school.
 * Outside: the Kon Tum office, Chư Sê, the next Pleiku school.
 */
final class FollowUpMatrix {

    /** Who opens follow-ups, and accepts or returns answers: the department's users, district admins. */
    private static final Expect OPENER_SIDE = new Expect(ALLOWED, HIDDEN, ALLOWED, HIDDEN, ALLOWED, HIDDEN, DENIED,
            DENIED);
    /** Who answers: the district admins of an office, the principal of a school. */
    private static final Expect ASSIGNEE_SIDE = new Expect(DENIED, DENIED, DENIED, DENIED, ALLOWED, HIDDEN, ALLOWED,
            HIDDEN);
    private static final Expect READ_SCOPED = Expect.everyone(ALLOWED, HIDDEN);
    private static final Expect SCHOOL_ONLY = new Expect(DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED,
            HIDDEN);
    private static final Expect STAFF_SCOPED = new Expect(DENIED, DENIED, ALLOWED, HIDDEN, DENIED, DENIED, DENIED,
            DENIED);
    /** Anyone may ask what they may do; the answers themselves are checked per role in {@code AbilitiesTest}. */
    private static final Expect ANY_USER = Expect.everyone(ALLOWED, ALLOWED);
    /** "May I open one for this unit?": yes inside for the openers, no (hidden) outside and for a principal. */
    private static final Expect OPENS_FOR = new Expect(ALLOWED, HIDDEN, ALLOWED, HIDDEN, ALLOWED, HIDDEN, HIDDEN,
            HIDDEN);
    /** "May I mark this school's items fixed?": yes for the principal's own school, no (hidden) otherwise. */
    private static final Expect MARKS_FIXED = new Expect(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, ALLOWED,
            HIDDEN);

    /**
     * @param campaignId  307 inside; outside a campaign the user does not see (Kon Tum's, Chư Sê's)
     * @param openUnitId  a unit one level below the user's (inside) or outside the jurisdiction
     * @param caseId      a case on the user's side (inside) or outside the jurisdiction; answered, with a file, for
     *                    the rows that decide or download
     */
    record Place(long campaignId, long caseCampaignId, long openUnitId, long caseId, long caseVersion,
            long caseUnitId, long attachmentId, long itemId, long itemVersion, long itemUnitId, Instant now) {
    }

    static final List<Row> ROWS = List.of(
            new Row("FollowUpService.mayOpen/0", (s, p) -> asked(s.followUps().mayOpen()), ANY_USER),
            new Row("FollowUpService.mayOpenFor/1", (s, p) -> s.followUps().mayOpenFor(p.followUp().openUnitId()),
                    OPENS_FOR),
            new Row("CorrectiveService.mayMarkFixed/1",
                    (s, p) -> s.corrective().mayMarkFixed(p.followUp().itemUnitId()), MARKS_FIXED),
            new Row("CorrectiveService.maySetCorrectiveHours/0",
                    (s, p) -> asked(s.corrective().maySetCorrectiveHours()), ANY_USER),
            new Row("FollowUpService.candidates/3", (s, p) -> s.followUps().candidates(p.followUp().campaignId(),
                    BulkCriterion.BELOW_COMPLETION, 101) != null, OPENER_SIDE),
            new Row("FollowUpService.open/2", (s, p) -> s.followUps().open(new NewFollowUp(
                    p.followUp().caseCampaignId(), FollowUpType.OTHER, "Ma trận", "Kiểm tra quyền",
                    p.followUp().now().plus(Duration.ofDays(3))), List.of(p.followUp().openUnitId()))
                    .opened().size() == 1, OPENER_SIDE),
            new Row("FollowUpService.respond/3", (s, p) -> s.followUps().respond(p.followUp().caseId(),
                    p.followUp().caseVersion(), new FollowUpResponse("Giải trình", "Kết luận", null)), ASSIGNEE_SIDE),
            new Row("FollowUpService.accept/3", (s, p) -> s.followUps().accept(p.followUp().caseId(),
                    p.followUp().caseVersion(), null), OPENER_SIDE),
            new Row("FollowUpService.sendBack/4", (s, p) -> s.followUps().sendBack(p.followUp().caseId(),
                    p.followUp().caseVersion(), "Bổ sung biên bản", null), OPENER_SIDE),
            new Row("FollowUpService.find/1", (s, p) -> s.followUps().find(p.followUp().caseId()), READ_SCOPED),
            new Row("FollowUpService.list/3", (s, p) -> s.followUps().list(
                    FollowUpFilter.campaign(p.followUp().caseCampaignId()).under(p.followUp().caseUnitId()), 0, 10),
                    READ_SCOPED),
            new Row("FollowUpService.count/1", (s, p) -> s.followUps().count(
                    FollowUpFilter.campaign(p.followUp().caseCampaignId()).under(p.followUp().caseUnitId())),
                    READ_SCOPED),
            new Row("FollowUpService.board/1", (s, p) -> s.followUps().board(p.followUp().campaignId()),
                    READ_SCOPED),
            new Row("FollowUpService.attachment/2", (s, p) -> s.followUps().attachment(p.followUp().caseId(),
                    p.followUp().attachmentId()), READ_SCOPED),
            new Row("CorrectiveService.items/1", (s, p) -> s.corrective().items(p.followUp().itemUnitId()),
                    READ_SCOPED),
            new Row("CorrectiveService.markFixed/3", (s, p) -> s.corrective().markFixed(p.followUp().itemId(),
                    p.followUp().itemVersion(), "Đã khắc phục"), SCHOOL_ONLY),
            new Row("CorrectiveService.overdue/2", (s, p) -> s.corrective().overdue(p.followUp().campaignId(), 10)
                    != null, READ_SCOPED),
            new Row("CorrectiveService.summary/1", (s, p) -> s.corrective().summary(p.followUp().campaignId()),
                    READ_SCOPED),
            new Row("CorrectiveService.correctiveHours/1",
                    (s, p) -> s.corrective().correctiveHours(p.followUp().campaignId()), READ_SCOPED),
            new Row("CorrectiveService.setCorrectiveHours/2",
                    (s, p) -> s.corrective().setCorrectiveHours(p.followUp().campaignId(), 24), STAFF_SCOPED));

    private FollowUpMatrix() {
    }

    /** The question was answered (whatever the answer): the role may ask it. */
    private static String asked(boolean answer) {
        return "answered " + answer;
    }

    static boolean concerns(String method) {
        return method.startsWith("FollowUpService.") || method.startsWith("CorrectiveService.")
                || method.startsWith("OpenWorkService.");
    }

    /** Made as the application itself, in the matrix case's rolled-back transaction. */
    static Place prepare(MatrixFixture.Services s, String method, MatrixFixture.Who who, boolean inside,
            long placeCampaignId, Instant now) {
        long gialai = s.campaigns().findByDocNumber("307/SGDĐT-VP").orElseThrow().id();
        boolean department = who == MatrixFixture.Who.LEADER || who == MatrixFixture.Who.STAFF;
        boolean deciding = method.contains(".accept/") || method.contains(".sendBack/");
        String caseUnit = switch (who) {
            case LEADER, STAFF -> inside ? "3801" : "6201";
            case DISTRICT_ADMIN -> inside ? (deciding ? "38010002" : "3801") : "3807";
            case PRINCIPAL -> inside ? "38010001" : "38010002";
        };
        String openUnit = switch (who) {
            case LEADER, STAFF -> inside ? "3801" : "6201";
            case DISTRICT_ADMIN, PRINCIPAL -> inside ? "38010002" : "38070001";
        };
        String school = switch (who) {
            case LEADER, STAFF -> inside ? "38010002" : "62010001";
            case DISTRICT_ADMIN -> inside ? "38010002" : "38070001";
            case PRINCIPAL -> inside ? "38010001" : "38010002";
        };
        long caseCampaign = department && !inside ? placeCampaignId : gialai;
        long caseUnitId = id(s, caseUnit);
        FollowUpCaseInfo opened = s.followUps().open(new NewFollowUp(caseCampaign, FollowUpType.RESPONSIBILITY_REVIEW,
                "Ma trận", "Kiểm tra quyền", now.plus(Duration.ofDays(3))), List.of(caseUnitId)).opened().getFirst();
        long attachmentId = 0;
        if (deciding || method.contains(".attachment/")) {
            opened = s.followUps().respond(opened.id(), opened.version(), new FollowUpResponse("Giải trình",
                    "Kết luận", new FollowUpResponse.Upload("bien-ban.pdf",
                            "%PDF-1.4 ma tran".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
            attachmentId = s.followUps().find(opened.id()).orElseThrow().attachment().id();
        }
        long schoolId = id(s, school);
        s.declarations().importSubmission(schoolId, caseCampaign, FollowUpFixture.failing(4), now, null);
        CorrectiveItemInfo item = s.corrective().items(schoolId).stream()
                .filter(i -> i.campaignId() == caseCampaign && i.status() == CorrectiveStatus.OPEN).findFirst()
                .orElseThrow();
        return new Place(inside ? gialai : placeCampaignId, caseCampaign, id(s, openUnit), opened.id(),
                opened.version(), caseUnitId, attachmentId, item.id(), item.version(), schoolId, now);
    }

    private static long id(MatrixFixture.Services s, String code) {
        return s.org().findByCode(code).orElseThrow().id();
    }
}
