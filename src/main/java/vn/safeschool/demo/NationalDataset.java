package vn.safeschool.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.safeschool.base.Zones;

/**
 * The national dataset for the scale benchmark (profile {@code national}, never with the demo): the Ministry, 63
 * provinces, 693 district offices, 50,000 institutions, and for each declared institution 10 historical
 * submissions. Written with batched SQL straight into the tables — it is a load generator, not a way data enters
 * the product — and only into an empty database. Declarations carry no per-criterion answer rows: the rollups
 * never read them.
 */
@Component
@Profile("national")
class NationalDataset implements SmartInitializingSingleton {

    static final String MINISTRY_CODE = "BGDDT";
    static final String CAMPAIGN_NUMBER = "QG-2021/BGDĐT";
    static final int PROVINCES = 63;
    static final int DISTRICTS_PER_PROVINCE = 11;
    static final int INSTITUTIONS = 50_000;
    static final int SUBMISSIONS_EACH = 10;

    private static final Logger log = LoggerFactory.getLogger(NationalDataset.class);
    private static final String[] TYPES = {"PRESCHOOL", "PRESCHOOL", "PRIMARY", "PRIMARY", "LOWER_SECONDARY",
        "UPPER_SECONDARY", "MULTI_LEVEL", "INDEPENDENT_GROUP"};
    private static final LocalDateTime OPENS = LocalDateTime.of(2021, 2, 22, 7, 0);
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2021, 3, 1, 11, 0);

    private final JdbcTemplate jdbc;

    NationalDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code = ?", Integer.class,
                MINISTRY_CODE);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(63_700_50_000L);
        long nextId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM org_unit", Long.class);
        List<Object[]> units = new ArrayList<>();
        List<long[]> schools = new ArrayList<>();
        long ministry = nextId++;
        units.add(unit(ministry, null, "/" + ministry + "/", 0, MINISTRY_CODE, "Bộ Giáo dục và Đào tạo",
                "DEPARTMENT", null, null));
        int perProvince = INSTITUTIONS / PROVINCES;
        int remainder = INSTITUTIONS % PROVINCES;
        for (int p = 1; p <= PROVINCES; p++) {
            long province = nextId++;
            String provinceCode = "P%02d".formatted(p);
            String provincePath = "/" + ministry + "/" + province + "/";
            units.add(unit(province, ministry, provincePath, 1, provinceCode, "Sở GDĐT tỉnh số " + p, "DEPARTMENT",
                    null, null));
            int count = perProvince + (p <= remainder ? 1 : 0);
            for (int d = 1; d <= DISTRICTS_PER_PROVINCE; d++) {
                long district = nextId++;
                String districtCode = provinceCode + "D%02d".formatted(d);
                String districtPath = provincePath + district + "/";
                units.add(unit(district, province, districtPath, 2, districtCode,
                        "Phòng GDĐT huyện số " + d + " tỉnh " + p, "DISTRICT_OFFICE", null, null));
                int here = count / DISTRICTS_PER_PROVINCE + (d <= count % DISTRICTS_PER_PROVINCE ? 1 : 0);
                for (int s = 1; s <= here; s++) {
                    long school = nextId++;
                    String type = TYPES[random.nextInt(TYPES.length)];
                    units.add(unit(school, district, districtPath + school + "/", 3,
                            districtCode + "S%03d".formatted(s), "Trường số " + s + " " + districtCode, "SCHOOL",
                            type, "INDEPENDENT_GROUP".equals(type) || random.nextInt(10) == 0 ? "NON_PUBLIC"
                                    : "PUBLIC"));
                    schools.add(new long[] {school});
                }
            }
        }
        batch("""
                INSERT INTO org_unit (id, parent_id, path, depth, code, name, kind, institution_type, ownership, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)""", units);
        // every unit has been where it is since the beginning of time, and owns its code for ever
        jdbc.update("""
                INSERT INTO org_unit_version (unit_id, valid_from, valid_to, parent_id, path, depth, code, name, kind,
                                              active)
                SELECT id, '1000-01-01 00:00:00', '9999-12-31 00:00:00', parent_id, path, depth, code, name, kind,
                       active
                FROM org_unit WHERE id >= ?""", ministry);
        jdbc.update("INSERT INTO org_unit_code (code, unit_id) SELECT code, id FROM org_unit WHERE id >= ?", ministry);
        long checklist = jdbc.queryForObject(
                "SELECT id FROM checklist_version WHERE code = 'MOET-2020' AND version_no = 1", Long.class);
        jdbc.update("""
                INSERT INTO campaign (doc_number, title, issued_on, deadline_at, scope_unit_id, checklist_version_id,
                                      freshness_days, lock_after_deadline)
                VALUES (?, ?, ?, ?, ?, ?, 7, FALSE)""", CAMPAIGN_NUMBER,
                "Khai báo an toàn COVID-19 toàn quốc (dữ liệu đo hiệu năng)", java.sql.Date.valueOf("2021-02-22"),
                Timestamp.from(DEADLINE.atZone(Zones.VIETNAM).toInstant()), ministry, checklist);
        long campaign = jdbc.queryForObject("SELECT id FROM campaign WHERE doc_number = ?", Long.class,
                CAMPAIGN_NUMBER);
        declarations(schools, campaign, random);
        log.info("Generated the national dataset: {} units, {} institutions, in {} s", units.size(), schools.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private void declarations(List<long[]> schools, long campaign, Random random) {
        long nextDeclaration = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM declaration", Long.class);
        long windowSeconds = java.time.Duration.between(OPENS, DEADLINE.plusDays(2)).toSeconds();
        Instant opens = OPENS.atZone(Zones.VIETNAM).toInstant();
        Instant deadline = DEADLINE.atZone(Zones.VIETNAM).toInstant();
        List<Object[]> current = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (long[] school : schools) {
            if (random.nextInt(100) < 5) {
                continue; // never declared
            }
            long declaration = nextDeclaration++;
            Instant at = opens;
            String status = "UNSAFE";
            int met = 0;
            Boolean late = null;
            for (int revision = 1; revision <= SUBMISSIONS_EACH; revision++) {
                at = at.plusSeconds(1 + (long) (random.nextDouble() * windowSeconds / SUBMISSIONS_EACH));
                // Late is the first submission's, as DeclarationService records it
                late = late == null ? at.isAfter(deadline) : late;
                int roll = random.nextInt(100);
                status = roll < 78 ? "SAFE" : roll < 92 ? "AT_RISK" : "UNSAFE";
                met = "SAFE".equals(status) ? 11 + random.nextInt(5) : "AT_RISK".equals(status) ? 8 + random.nextInt(3)
                        : 3 + random.nextInt(5);
                history.add(new Object[] {declaration, school[0], campaign, revision, status, met,
                    Timestamp.from(at), late});
            }
            current.add(new Object[] {declaration, school[0], campaign, status, met, Timestamp.from(at), late});
            if (history.size() >= 50_000) {
                flush(current, history);
            }
        }
        flush(current, history);
    }

    private void flush(List<Object[]> current, List<Object[]> history) {
        batch("""
                INSERT INTO declaration (id, unit_id, campaign_id, status, met_count, criteria_count, submitted_at, late)
                VALUES (?, ?, ?, ?, ?, 15, ?, ?)""", current);
        batch("""
                INSERT INTO declaration_submission (declaration_id, unit_id, campaign_id, revision, status, met_count,
                                                    criteria_count, answers, submitted_at, late)
                VALUES (?, ?, ?, ?, ?, ?, 15, '{}', ?, ?)""", history);
        current.clear();
        history.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 5_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
        }
    }

    private static Object[] unit(long id, @Nullable Long parent, String path, int depth, String code, String name,
            String kind, @Nullable String type, @Nullable String ownership) {
        return new Object[] {id, parent, path, depth, code, name, kind, type, ownership};
    }
}
