package vn.safeschool.benchmark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.safeschool.base.AppClock;
import vn.safeschool.base.Zones;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.campaign.NewCampaign;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.SystemTask;

/**
 * What the rush needs before it starts: a campaign of its own (the demo's campaign 307 keeps its numbers), an account
 * per school's principal and one department leader. The accounts are written in one SQL statement with one bcrypt
 * hash — a benchmark fixture, created once per data directory and reused by later runs.
 */
final class RushSetup {

    static final String PASSWORD = "Rush@Deadline2021";
    static final String LEADER = "rush.leader";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    record School(long id, String code) {

        String principal() {
            return "rush." + code.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;
    private final SystemTask system;
    private final CampaignService campaigns;
    private final ChecklistService checklists;
    private final OrgService org;
    private final PasswordEncoder passwordEncoder;
    private final AppClock clock;

    RushSetup(ApplicationContext app) {
        this.jdbc = app.getBean(JdbcClient.class);
        this.system = app.getBean(SystemTask.class);
        this.campaigns = app.getBean(CampaignService.class);
        this.checklists = app.getBean(ChecklistService.class);
        this.org = app.getBean(OrgService.class);
        this.passwordEncoder = app.getBean(PasswordEncoder.class);
        this.clock = app.getBean(AppClock.class);
    }

    long unitId(String code) {
        return system.call(() -> org.findByCode(code).orElseThrow().id());
    }

    /** A campaign over the whole dataset, issued before the demo's, with its deadline a month from now. */
    CampaignInfo campaign(String prefix, long rootId) {
        String number = prefix + "-" + STAMP.format(clock.instant().atZone(Zones.VIETNAM));
        return system.call(() -> campaigns.create(new NewCampaign(number, "Đo tải: hạn chót khai báo " + number,
                LocalDate.of(2020, 10, 1), LocalDateTime.ofInstant(clock.instant(), Zones.VIETNAM).plusDays(30),
                rootId, checklists.find(ChecklistService.MINISTRY_CHECKLIST, 1).orElseThrow().id(), 7, false)));
    }

    /** The schools under the root, in a fixed shuffled order; at most {@code limit} (0: all). */
    List<School> schools(long rootId, int limit) {
        String rootPath = jdbc.sql("SELECT path FROM org_unit WHERE id = :id").param("id", rootId)
                .query(String.class).single();
        List<School> all = new ArrayList<>(jdbc.sql("""
                SELECT id, code FROM org_unit WHERE kind = 'SCHOOL' AND active AND path LIKE :under ORDER BY id""")
                .param("under", rootPath + "%").query((rs, n) -> new School(rs.getLong(1), rs.getString(2))).list());
        Collections.shuffle(all, new Random(2021_02_25L));
        return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
    }

    /** An account for every school's principal and a leader at the root, where missing. */
    int accounts(long rootId) {
        String hash = passwordEncoder.encode(PASSWORD);
        String rootPath = jdbc.sql("SELECT path FROM org_unit WHERE id = :id").param("id", rootId)
                .query(String.class).single();
        int created = jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, home_unit_id, locale, enabled,
                                      failed_attempts, must_change_password, version)
                SELECT CONCAT('rush.', LOWER(u.code)), :hash, CONCAT('Hiệu trưởng ', u.name), 'PRINCIPAL', u.id, 'vi',
                       TRUE, 0, FALSE, 0
                FROM org_unit u
                WHERE u.kind = 'SCHOOL' AND u.path LIKE :under
                  AND NOT EXISTS (SELECT 1 FROM app_user a WHERE a.username = CONCAT('rush.', LOWER(u.code)))""")
                .param("hash", hash).param("under", rootPath + "%").update();
        created += jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, home_unit_id, locale, enabled,
                                      failed_attempts, must_change_password, version)
                SELECT :leader, :hash, 'Lãnh đạo (đo tải)', 'DEPARTMENT_LEADER', :root, 'vi', TRUE, 0, FALSE, 0
                FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = :leader)""")
                .param("leader", LEADER).param("hash", hash).param("root", rootId).update();
        return created;
    }
}
