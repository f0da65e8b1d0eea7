package vn.safeschool.checklist;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.safeschool.base.Inputs;

/**
 * A checklist version as edited: its titles, the rule's thresholds and its criteria, with the version it was read
 * at. A criterion is identified by its number.
 */
public record ChecklistEdit(
        @NotBlank @Size(max = 255) String titleVi,
        @NotBlank @Size(max = 255) String titleEn,
        int safeMinMet,
        int unsafeMaxMet,
        List<@Valid Item> criteria,
        long version) {

    public ChecklistEdit {
        titleVi = Inputs.line(titleVi);
        titleEn = Inputs.line(titleEn);
        criteria = List.copyOf(criteria);
    }

    public record Item(int number, @NotNull Phase phase, int position, @NotBlank @Size(max = 1000) String textVi,
            @NotBlank @Size(max = 1000) String textEn, boolean mandatory) {

        public Item {
            textVi = Inputs.line(textVi);
            textEn = Inputs.line(textEn);
        }
    }

    /** The version's current values, to change some of them. */
    public static ChecklistEdit of(ChecklistVersionInfo version) {
        return new ChecklistEdit(version.titleVi(), version.titleEn(), version.rule().safeMinMet(),
                version.rule().unsafeMaxMet(), version.criteria().stream().map(c -> new Item(c.number(), c.phase(),
                        c.position(), c.textVi(), c.textEn(), c.mandatory())).toList(), version.version());
    }
}
