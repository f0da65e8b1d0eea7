package vn.safeschool.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.letter.Letter;
import vn.safeschool.letter.LetterRequest;
import vn.safeschool.letter.LetterService;
import vn.safeschool.oversight.ExportService;
import vn.safeschool.oversight.RollupFilter;

/**
 * Campaign 307's files as of its deadline — the statistics workbook, the CSV list and the official letter with its
 * per-unit list — read the same, cell for cell and row for row, after the demo's July 2025 arrangement has
 * dissolved the 17 district offices. Rolled back, so that no other test meets the new tree.
 */
@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class ReorganisedFilesTest {

    @Autowired
    ReorganisationService reorganisations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ExportService exports;
    @Autowired
    LetterService letters;
    @Autowired
    Clock clock;

    @Test
    void campaign_307s_statistics_files_and_letter_as_of_its_deadline_read_the_same_after_the_arrangement()
            throws IOException {
        CampaignInfo campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow();
        RollupFilter atDeadline = RollupFilter.now(campaign.id()).asOf(campaign.deadline());
        List<List<String>> workbookBefore = cells(exports.statisticsXlsx(atDeadline, campaign.scopeUnitId()));
        String csvBefore = new String(exports.statisticsCsv(atDeadline, campaign.scopeUnitId()), StandardCharsets.UTF_8);
        Letter letterBefore = letters.compose(request(campaign, campaign.deadline()));

        apply();

        assertThat(cells(exports.statisticsXlsx(atDeadline, campaign.scopeUnitId()))).isEqualTo(workbookBefore);
        assertThat(new String(exports.statisticsCsv(atDeadline, campaign.scopeUnitId()), StandardCharsets.UTF_8))
                .isEqualTo(csvBefore);
        Letter letterAfter = letters.compose(request(campaign, campaign.deadline()));
        assertThat(letterAfter.appendix()).isEqualTo(letterBefore.appendix());
        assertThat(letterAfter.total()).isEqualTo(letterBefore.total());
        assertThat(letterAfter.body()).isEqualTo(letterBefore.body());
        // and they are the offices of then, not the communes of now
        assertThat(letterAfter.appendix()).filteredOn(r -> r.unit() != null)
                .extracting(r -> r.unit().code()).contains("3801", "3807", "3817");
        assertThat(workbookBefore.stream().filter(row -> row.contains("Phòng Giáo dục và Đào tạo huyện Chư Sê")).count())
                .as("Chư Sê's office row, and its institutions' managing unit").isGreaterThan(1);
        assertThat(workbookBefore.stream().noneMatch(row -> row.contains("UBND xã Chư Sê"))).as("no commune").isTrue();
        assertThat(List.of(letterAfter.total().safe(), letterAfter.total().atRisk(), letterAfter.total().unsafe(),
                letterAfter.total().notDeclared())).containsExactly(685L, 110L, 12L, 75L);
    }

    private void apply() {
        ReorgSummary draft = java.util.Objects.requireNonNull(reorganisations.draftFromFile("Sắp xếp 2025",
                clock.instant(), DemoMappingFile.NAME, DemoMappingFile.bytes()).event());
        assertThat(reorganisations.apply(draft.id(), draft.version()).status()).isEqualTo(ReorgStatus.APPLIED);
    }

    private LetterRequest request(CampaignInfo campaign, Instant asOf) {
        return new LetterRequest(campaign.id(), asOf, "", LocalDate.of(2021, 2, 26),
                letters.template(campaign.id()).fields());
    }

    /** Every sheet's cells as shown, row by row. */
    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
