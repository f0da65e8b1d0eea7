package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** Typed text in one form: precomposed, without invisible characters, trimmed. */
class InputsTest {

    private static final String NFC = "Trường Tiểu học Lê Lợi";
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void vietnamese_typed_with_combining_marks_becomes_precomposed() {
        assertThat(NFD).isNotEqualTo(NFC);

        assertThat(Inputs.line(NFD)).isEqualTo(NFC);
        assertThat(Inputs.text(NFD)).isEqualTo(NFC);
        assertThat(Inputs.line(NFD).length()).isEqualTo(NFC.length());
    }

    @Test
    void zero_width_characters_byte_order_marks_and_odd_spaces_leave_a_line_and_nothing_else_is_blank() {
        assertThat(Inputs.line("\uFEFF\u00A0Trường\u200B A\u2060\u00AD\t")).isEqualTo("Trường A");
        assertThat(Inputs.line("\u200B\u200C\u200D\u00A0 \u2007\u202F\uFEFF")).isEmpty();
        assertThat(Inputs.line("Dòng một\nDòng hai")).isEqualTo("Dòng một Dòng hai");
        assertThat(Inputs.line(null)).isNull();
    }

    @Test
    void free_text_keeps_its_line_breaks_but_loses_control_characters() {
        assertThat(Inputs.text("  Dòng một\r\nDòng\u0000 hai\u200B  ")).isEqualTo("Dòng một\nDòng hai");
        assertThat(Inputs.optionalText(" \u200B\n\u00A0\u2029\u202F ")).isNull();
    }

    @Test
    void markup_is_text_like_any_other_and_is_kept_as_typed() {
        assertThat(Inputs.text("<img src=x onerror=alert(1)>")).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void a_search_term_is_looked_for_literally_precomposed_and_at_most_255_characters_long() {
        assertThat(Inputs.containsPattern(NFD)).isEqualTo("%" + NFC + "%");
        assertThat(Inputs.containsPattern("50%_a!b")).isEqualTo("%50!%!_a!!b%");
        assertThat(Inputs.containsPattern("x".repeat(10_000))).hasSize(Inputs.MAX_SEARCH + 2);
        assertThat(Inputs.containsPattern(null)).isEqualTo("%%");
    }
}
