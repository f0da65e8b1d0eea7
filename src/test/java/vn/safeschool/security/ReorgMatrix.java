package vn.safeschool.security;

import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.ALLOWED;
import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.DENIED;
import static vn.safeschool.security.JurisdictionMatrixTest.Outcome.HIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.UnitKind;
import vn.safeschool.reorganisation.ReorgSummary;
import vn.safeschool.reorganisation.ReorganisationService;
import vn.safeschool.security.JurisdictionMatrixTest.Expect;
import vn.safeschool.security.JurisdictionMatrixTest.Row;

/**
 * The reorganisation feature's rows of the jurisdiction matrix (issue 13). Inside: a draft of the Gia Lai
 * department merging one Pleiku school into the next; outside: the same kind of draft of the Kon Tum department,
 * drafted by a Kon Tum staff account made for it. Only department staff may touch either.
 */
final class ReorgMatrix {

    private static final Expect STAFF_SCOPED = new Expect(DENIED, DENIED, ALLOWED, HIDDEN, DENIED, DENIED, DENIED,
            DENIED);
    private static final Expect STAFF_ONLY = new Expect(DENIED, DENIED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED,
            DENIED);

    /**
     * @param eventId   the draft
     * @param accountId an account homed at the school the draft dissolves
     * @param target    where that account may go (the school it merges into)
     */
    record Place(long eventId, long version, long accountId, String target) {
        static final Place NONE = new Place(-1, 0, -1, "");
    }

    private static ReorganisationService events(MatrixFixture.Services s) {
        return s.structures().events();
    }

    static final List<Row> ROWS = List.of(
            new Row("ReorganisationService.list/0", (s, p) -> events(s).list().stream()
                    .anyMatch(e -> e.id() == p.reorg().eventId()), STAFF_SCOPED),
            new Row("ReorganisationService.find/1", (s, p) -> events(s).find(p.reorg().eventId()), STAFF_SCOPED),
            new Row("ReorganisationService.draft/4", (s, p) -> events(s).preview(events(s).draft("Ma trận",
                    p.now(), rename(p.schoolCode()), null).id()).plan().canApply(), STAFF_SCOPED),
            new Row("ReorganisationService.draftFromFile/4", (s, p) -> events(s).preview(java.util.Objects
                    .requireNonNull(events(s).draftFromFile("Ma trận", p.now(), "ma-tran.csv",
                            ("Thao tác,Mã cũ,Tên mới\nĐổi tên," + p.schoolCode() + ",Trường ma trận\n")
                                    .getBytes(StandardCharsets.UTF_8)).event()).id()).plan().canApply(),
                    STAFF_SCOPED),
            new Row("ReorganisationService.preview/1", (s, p) -> events(s).preview(p.reorg().eventId()).plan()
                    .canApply(), STAFF_SCOPED),
            new Row("ReorganisationService.steps/1", (s, p) -> events(s).steps(p.reorg().eventId()).steps(),
                    STAFF_SCOPED),
            new Row("ReorganisationService.decide/4", (s, p) -> events(s).decide(p.reorg().eventId(),
                    p.reorg().version(), p.reorg().accountId(), p.reorg().target()), STAFF_SCOPED),
            new Row("ReorganisationService.apply/2", (s, p) -> events(s).apply(p.reorg().eventId(),
                    p.reorg().version()), STAFF_SCOPED),
            new Row("ReorganisationService.undo/2", (s, p) -> {
                ReorgSummary applied = events(s).apply(p.reorg().eventId(), p.reorg().version());
                return events(s).undo(applied.id(), applied.version());
            }, STAFF_SCOPED),
            new Row("ReorganisationService.discard/2", (s, p) -> events(s).discard(p.reorg().eventId(),
                    p.reorg().version()), STAFF_SCOPED),
            new Row("ReorganisationService.applyScheduled/1", (s, p) -> {
                events(s).applyScheduled(p.reorg().eventId());
                return "answered";
            }, STAFF_SCOPED),
            new Row("ReorganisationService.markFailed/2", (s, p) -> {
                events(s).markFailed(p.reorg().eventId(), "reorg.error.has-problems");
                return "answered";
            }, STAFF_SCOPED),
            new Row("ReorganisationService.due/0", (s, p) -> events(s).due().size(), STAFF_ONLY),
            new Row("MappingFiles.read/2", (s, p) -> s.structures().files().read("ma-tran.csv",
                    "Thao tác,Mã cũ\nGiải thể,X\n".getBytes(StandardCharsets.UTF_8)), STAFF_ONLY),
            new Row("MappingFiles.template/0", (s, p) -> s.structures().files().template(), STAFF_ONLY),
            new Row("OpenWorkService.of/1", (s, p) -> s.structures().openWork().of(List.of(java.util.Objects
                    .requireNonNull(p.followUp()).caseUnitId())).cases() > 0, STAFF_SCOPED),
            new Row("ReminderService.scheduledAfter/2", (s, p) -> s.reminding().reminders().scheduledAfter(
                    p.campaignId(), p.now()).size(), STAFF_SCOPED));

    static boolean concerns(String method) {
        return method.startsWith("ReorganisationService.");
    }

    /** Made in the matrix case's rolled-back transaction; the drafts as the staff of each department. */
    static Place prepare(MatrixFixture fixture, MatrixFixture.Who who, boolean inside, OrgUnitInfo kontum) {
        MatrixFixture.Services s = fixture.services();
        String staff = "vanphong";
        String from = "38010002";
        String into = "38010003";
        if (!inside && (who == MatrixFixture.Who.STAFF || who == MatrixFixture.Who.LEADER)) {
            OrgUnitInfo office = s.org().findByCode("6201").orElseThrow();
            s.org().create(new NewOrgUnit(office.id(), "62010002", "Trường Tiểu học Kon Tum 2", null,
                    UnitKind.SCHOOL, InstitutionType.PRIMARY, Ownership.PUBLIC, null));
            staff = s.accounts().create(new NewAccount("mx.kontum", null, "Chuyên viên Kon Tum", null, null,
                    Role.DEPARTMENT_STAFF, kontum.id(), Locale.of("vi"))).account().username();
            from = "62010001";
            into = "62010002";
        }
        OrgUnitInfo dissolved = s.org().findByCode(from).orElseThrow();
        long account = s.accounts().create(new NewAccount("mx.ht." + from, null, "Hiệu trưởng ma trận",
                "mx.ht." + from + "@truong.edu.vn", null,
                Role.PRINCIPAL, dissolved.id(), Locale.of("vi"))).account().id();
        Restructuring merge = new Restructuring(List.of(new Restructuring.Step(1, Restructuring.Action.MERGE, from,
                into, null, null, null, null, null)));
        String target = into;
        ReorgSummary draft = fixture.asUsername(staff, () -> s.structures().events().draft("Ma trận " + target,
                fixture.now(), merge, null));
        return new Place(draft.id(), draft.version(), account, into);
    }

    private static Restructuring rename(String code) {
        return new Restructuring(List.of(new Restructuring.Step(1, Restructuring.Action.RENAME, code, null, null,
                "Trường ma trận (tên mới)", null, null, null)));
    }

    private ReorgMatrix() {
    }
}
