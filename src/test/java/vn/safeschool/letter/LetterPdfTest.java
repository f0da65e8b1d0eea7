package vn.safeschool.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.campaign.CampaignService;

/** The PDF of the letter about 307/SGDĐT-VP, read back as text: the demo's numbers, the diacritics intact. */
@SafeSchoolTest
@Transactional
@WithUserDetails("lanhdao")
class LetterPdfTest {

    @Autowired
    LetterService letters;
    @Autowired
    CampaignService campaigns;

    @Test
    void the_letter_for_307_prints_the_demo_numbers_with_their_shares_and_keeps_its_diacritics() throws IOException {
        long campaign = campaigns.findByDocNumber("307/SGDĐT-VP").orElseThrow().id();
        LetterRequest request = new LetterRequest(campaign, null, "", LocalDate.of(2021, 2, 26),
                letters.template(campaign).fields());

        String text = text(letters.pdf(request));

        assertThat(text).contains("685/882 (77,7%)", "126/882 (14,3%)", "27/882 (3,1%)", "44/882 (5,0%)")
                .doesNotContain("3,6%", "14,2%", "3.6");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO GIA LAI", "Gia Lai, ngày 26 tháng 02 năm 2021",
                "Kính gửi:", "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Long",
                "/SGDĐT-VP", "nghiêm túc kiểm điểm trách nhiệm");
        assertThat(text).contains("PHỤ LỤC: DANH SÁCH ĐƠN VỊ", "Phòng Giáo dục và Đào tạo thành phố Pleiku",
                "Đơn vị trực thuộc Sở");
        // the table's cells come out without spaces between them
        assertThat(text.replace(" ", "")).contains("Tổngcộng882685126274495,0%");
    }

    /** Every page's text, whitespace (line ends included) folded to single spaces. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
