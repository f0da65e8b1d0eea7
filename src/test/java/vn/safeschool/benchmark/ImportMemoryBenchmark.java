package vn.safeschool.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.SystemTask;
import vn.safeschool.unitimport.ImportFixture;
import vn.safeschool.unitimport.ImportPreview;
import vn.safeschool.unitimport.ImportProblem;
import vn.safeschool.unitimport.ImportService;

/**
 * Peak heap of an import preview: a 10,000-row workbook (read, checked against the database, nothing written) and
 * a 300,000-row one (refused at the 20,000-row limit). Workbooks as Excel writes them: shared strings, every code
 * and name different. The peak is the JVM's own per-pool peak, reset after a full collection before each step;
 * with {@code -Dimport.old=true} the same workbooks are also opened as the import did before (POI's
 * {@code XSSFWorkbook}, the whole sheet in memory). Run on purpose: see docs/benchmarks.md.
 */
@Tag("benchmark")
@SafeSchoolTest
class ImportMemoryBenchmark {

    @Autowired
    ImportService imports;
    @Autowired
    OrgService org;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask system;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void signIn() {
        ImportFixture.ensureTestDepartment(system, org, accounts);
        ImportFixture.signIn(ImportFixture.STAFF, users, contexts);
    }

    @AfterEach
    void signOut() {
        ImportFixture.signOut(contexts);
    }

    @Test
    void prints_the_peak_heap_of_a_preview() throws Exception {
        byte[] small = workbook(10_000);
        byte[] large = workbook(300_000);
        // first call: classes loaded, JIT warmed
        imports.preview("warm.xlsx", workbook(100));
        System.out.printf("BENCH import    max heap %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        measure("preview 10,000 rows", small.length, () -> describe(imports.preview("10k.xlsx", small)));
        measure("preview 300,000 rows", large.length, () -> describe(imports.preview("300k.xlsx", large)));
        if (Boolean.getBoolean("import.old")) {
            measure("old: XSSFWorkbook 10,000 rows", small.length, () -> rows(small));
            measure("old: XSSFWorkbook 300,000 rows", large.length, () -> rows(large));
        }
    }

    private static void measure(String what, int bytes, Callable<String> step) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long base = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        String outcome = step.call();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCH import    %-32s file %5.1f MB  %5.1f s  peak heap %6.0f MB (%6.0f MB above"
                + " the heap before)  %s%n", what, bytes / 1e6, seconds, peak / 1e6, (peak - base) / 1e6, outcome);
    }

    private static String describe(ImportPreview preview) {
        return preview.fileProblems().isEmpty() ? preview.rows().size() + " rows checked"
                : "refused: " + preview.fileProblems().stream().map(ImportProblem::key).toList();
    }

    private static String rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0).getLastRowNum() + " rows in memory";
        }
    }

    /**
     * A sheet of new schools under the test office as Excel writes it — every text in the shared strings — written
     * part by part straight into the zip, so that making the 300,000-row file costs no heap to speak of.
     */
    private static byte[] workbook(int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            part(zip, out, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\""
                    + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                    + " Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
                    + " ContentType=\"" + SML + ".sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\""
                    + " ContentType=\"" + SML + ".worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\""
                    + " ContentType=\"" + SML + ".sharedStrings+xml\"/></Types>");
            part(zip, out, "_rels/.rels", RELS + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_REL
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, out, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                    + "\" xmlns:r=\"" + OFFICE_REL + "\"><sheets><sheet name=\"Truong\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            part(zip, out, "xl/_rels/workbook.xml.rels", RELS + "<Relationship Id=\"rId1\" Type=\"" + OFFICE_REL
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                    + OFFICE_REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            // shared strings: the 5 headers, the 3 repeated values, then each row's code and name
            List<String> fixed = new java.util.ArrayList<>(ImportFixture.VIETNAMESE_HEADER.subList(0, 5));
            fixed.addAll(List.of("Tiểu học", "Công lập", ImportFixture.OFFICE));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            for (String text : fixed) {
                out.write("<si><t>" + text + "</t></si>");
            }
            for (int i = 1; i <= rows; i++) {
                out.write("<si><t>BM-" + i + "</t></si><si><t>Trường Tiểu học thử nghiệm số " + i + "</t></si>");
            }
            out.write("</sst>");
            out.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            out.write(row(1, 0, 1, 2, 3, 4));
            for (int i = 1; i <= rows; i++) {
                int first = fixed.size() + 2 * (i - 1);
                out.write(row(i + 1, first, first + 1, 5, 6, 7));
            }
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private static final String OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/relationships\">";

    private static String row(int number, int... strings) {
        StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int c = 0; c < strings.length; c++) {
            row.append("<c r=\"").append((char) ('A' + c)).append(number).append("\" t=\"s\"><v>")
                    .append(strings[c]).append("</v></c>");
        }
        return row.append("</row>").toString();
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }
}
