package vn.safeschool.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan;
import vn.safeschool.org.StructureService;
import vn.safeschool.org.UnitKind;
import vn.safeschool.oversight.RollupFilter;
import vn.safeschool.oversight.RollupService;
import vn.safeschool.oversight.UnitRollup;
import vn.safeschool.security.SystemTask;

/**
 * Issue 13's figures, for whichever dataset the calling test class has loaded: the rollups before, the July 2025
 * arrangement applied through {@link StructureService#restructure} in one transaction (every district office split
 * into four or five communes under its department, its schools dealt out among them, upper-secondary schools and
 * GDNN-GDTX centres under the department), the rollups again inside that transaction, and then the rollback — so
 * that the dataset is left as it was and the benchmark can be run again on it.
 */
final class ReorganisationBenchmark {

    private static final Comparator<UnitRollup> BY_NAME = Comparator.comparing(r -> r.unit().name());

    private ReorganisationBenchmark() {
    }

    record Tools(SystemTask system, RollupService rollups, OrgService org, CampaignService campaigns,
            StructureService structure, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    }

    static void run(String dataset, String campaignNumber, String rootCode, String districtCode, Instant asOf,
            Tools t) {
        t.system().run(() -> {
            long campaign = t.campaigns().findByDocNumber(campaignNumber).orElseThrow().id();
            long root = t.org().findByCode(rootCode).orElseThrow().id();
            long district = t.org().findByCode(districtCode).orElseThrow().id();
            RollupFilter now = RollupFilter.now(campaign);
            RollupFilter then = now.asOf(asOf);

            double rootBefore = RollupTimer.medianMillis(() -> t.rollups().level(now, root, BY_NAME).children().size());
            RollupTimer.print(dataset, "before: root + first level, now", rootBefore);
            double rootThenBefore = RollupTimer.medianMillis(
                    () -> t.rollups().level(then, root, BY_NAME).children().size());
            RollupTimer.print(dataset, "before: root + first level, as of", rootThenBefore);
            RollupTimer.print(dataset, "before: expand one district, now",
                    RollupTimer.medianMillis(() -> t.rollups().children(now, district, BY_NAME).size()));

            long built = System.nanoTime();
            Restructuring arrangement = arrangement(t.jdbc());
            System.out.printf("BENCH %-9s %-34s %8.1f ms   (%d steps)%n", dataset, "arrangement built",
                    (System.nanoTime() - built) / 1e6, arrangement.steps().size());

            TransactionTemplate tx = new TransactionTemplate(t.transactions());
            long[] rolledBack = new long[1];
            tx.executeWithoutResult(status -> {
                Instant at = t.clock().instant();
                long planned = System.nanoTime();
                RestructuringPlan plan = t.structure().plan(arrangement, at);
                RollupTimer.print(dataset, "plan (the preview's check)", (System.nanoTime() - planned) / 1e6);
                if (!plan.canApply()) {
                    throw new IllegalStateException("the arrangement has problems: " + plan.problems().subList(0,
                            Math.min(5, plan.problems().size())));
                }
                long applying = System.nanoTime();
                RestructuringPlan applied = t.structure().restructure(arrangement, at, null,
                        "Sắp xếp đơn vị hành chính 2025 (đo hiệu năng)");
                RollupTimer.print(dataset, "restructure (one transaction)", (System.nanoTime() - applying) / 1e6);
                System.out.printf("BENCH %-9s %-34s created %d, split %d, moved %d, placed %d%n", dataset,
                        "applied", applied.created(), applied.split(), applied.moved(), applied.placed());

                double rootAfter = RollupTimer.medianMillis(
                        () -> t.rollups().level(now, root, BY_NAME).children().size());
                RollupTimer.print(dataset, "after: root + first level, now", rootAfter);
                double rootThenAfter = RollupTimer.medianMillis(
                        () -> t.rollups().level(then, root, BY_NAME).children().size());
                RollupTimer.print(dataset, "after: root + first level, as of", rootThenAfter);
                System.out.printf("BENCH %-9s %-34s %8.2f%n", dataset, "after: as of / now (root)",
                        rootThenAfter / rootAfter);
                System.out.printf("BENCH %-9s %-34s %8.2f%n", dataset, "after / before (root, now)",
                        rootAfter / rootBefore);
                long commune = t.org().findByCode(communeCode(districtCode, 1)).orElseThrow().id();
                RollupTimer.print(dataset, "after: expand one commune, now",
                        RollupTimer.medianMillis(() -> t.rollups().children(now, commune, BY_NAME).size()));
                RollupTimer.print(dataset, "after: expand old district, as of",
                        RollupTimer.medianMillis(() -> t.rollups().children(then, district, BY_NAME).size()));
                RollupTimer.print(dataset, "after: root level, today's structure",
                        RollupTimer.medianMillis(() -> t.rollups().level(then.in(vn.safeschool.org.Structure.TODAY),
                                root, BY_NAME).children().size()));
                status.setRollbackOnly();
                rolledBack[0] = System.nanoTime();
            });
            RollupTimer.print(dataset, "rollback", (System.nanoTime() - rolledBack[0]) / 1e6);
        });
    }

    /**
     * Every district office split into four or five communes under its department (~4.7 each, as Gia Lai's 17
     * offices became about 80 communes and wards), its schools dealt out among them; upper-secondary schools and
     * GDNN-GDTX centres go to the department, which keeps them.
     */
    static Restructuring arrangement(JdbcClient jdbc) {
        record Child(String office, String department, String code, String type) {
        }
        List<Child> children = jdbc.sql("""
                SELECT o.code AS office, d.code AS department, s.code, COALESCE(s.institution_type, '') AS type
                FROM org_unit o JOIN org_unit d ON d.id = o.parent_id JOIN org_unit s ON s.parent_id = o.id
                WHERE o.kind = 'DISTRICT_OFFICE' AND o.active AND d.kind = 'DEPARTMENT' AND s.active
                ORDER BY o.code, s.code""")
                .query((rs, n) -> new Child(rs.getString("office"), rs.getString("department"), rs.getString("code"),
                        rs.getString("type"))).list();
        Map<String, List<Child>> byOffice = new LinkedHashMap<>();
        children.forEach(c -> byOffice.computeIfAbsent(c.office(), o -> new ArrayList<>()).add(c));
        List<Step> steps = new ArrayList<>();
        int line = 1;
        int index = 0;
        for (Map.Entry<String, List<Child>> office : byOffice.entrySet()) {
            String department = office.getValue().getFirst().department();
            int communes = index++ % 3 == 0 ? 4 : 5;
            for (int i = 1; i <= communes; i++) {
                steps.add(new Step(line++, Action.CREATE, null, communeCode(office.getKey(), i), department,
                        "UBND xã " + office.getKey() + " số " + i, UnitKind.COMMUNE, null, null));
            }
            for (int i = 1; i <= communes; i++) {
                steps.add(new Step(line++, Action.SPLIT, office.getKey(), communeCode(office.getKey(), i), null, null,
                        null, null, null));
            }
            int n = 0;
            for (Child c : office.getValue()) {
                boolean staysWithDepartment = c.type().equals("UPPER_SECONDARY")
                        || c.type().equals("CONTINUING_EDUCATION_CENTRE");
                String parent = staysWithDepartment ? department : communeCode(office.getKey(), 1 + n++ % communes);
                steps.add(new Step(line++, Action.MOVE, c.code(), null, parent, null, null, null, null));
            }
        }
        return new Restructuring(steps);
    }

    private static String communeCode(String office, int i) {
        return "X" + office + "-" + i;
    }
}
