package vn.safeschool.unitimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;
import vn.safeschool.security.SystemTask;

/**
 * A department of its own for the import tests — its root "TIMP", an office "TIMP-01" and a staff account homed
 * there — so that what the tests import never changes the Gia Lai demo province's numbers; and files to import.
 */
public final class ImportFixture {

    public static final String DEPARTMENT = "TIMP";
    public static final String OFFICE = "TIMP-01";
    public static final String STAFF = "staff.timp";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> VIETNAMESE_HEADER = List.of("Mã trường", "Tên trường", "Loại hình",
            "Loại hình sở hữu", "Mã đơn vị quản lý", "Hiệu trưởng", "Email", "Điện thoại");

    private ImportFixture() {
    }

    /** Creates the test department once per database, as the application itself. */
    public static synchronized void ensureTestDepartment(SystemTask system, OrgService org, AccountService accounts) {
        system.run(() -> {
            if (org.findByCode(DEPARTMENT).isPresent()) {
                return;
            }
            OrgUnitInfo department = org.create(new NewOrgUnit(null, DEPARTMENT, "Sở GDĐT thử nghiệm nhập tệp", null,
                    UnitKind.DEPARTMENT, null, null, null));
            org.create(new NewOrgUnit(department.id(), OFFICE, "Phòng GDĐT thử nghiệm", null,
                    UnitKind.DISTRICT_OFFICE, null, null, null));
            accounts.create(new NewAccount(STAFF, "Thu-Nghiem-2021", "Chuyên viên thử nghiệm", null, null,
                    Role.DEPARTMENT_STAFF, department.id(), Translations.VIETNAMESE));
        });
    }

    /** Signs the user in for both the views (static holder) and the guarded services (the strategy bean). */
    public static void signIn(String username, UserDetailsService users, SecurityContextHolderStrategy contexts) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        contexts.getContext().setAuthentication(auth);
    }

    public static void signOut(SecurityContextHolderStrategy contexts) {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    public static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Trường");
            write(sheet.createRow(0), header);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    /** Plain CSV text (values here need no quoting), one line a row. */
    public static String csv(List<String> header, List<List<String>> rows) {
        return String.join(",", header) + "\r\n"
                + rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\r\n")) + "\r\n";
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static long units(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    public static long accounts(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /** The sum of the units' optimistic-lock versions: any update anywhere raises it. */
    public static long versions(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(SUM(version), 0) FROM org_unit").query(Long.class).single();
    }
}
