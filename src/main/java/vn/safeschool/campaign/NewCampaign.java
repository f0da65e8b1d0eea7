package vn.safeschool.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.safeschool.base.Inputs;

/** A campaign as entered: the deadline is a local date and time in Vietnam, as printed on the letter. */
public record NewCampaign(
        @NotBlank @Size(max = 64) String docNumber,
        @NotBlank @Size(max = 500) String title,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDateTime deadline,
        long scopeUnitId,
        long checklistVersionId,
        @Min(1) @Max(365) int freshnessDays,
        boolean lockAfterDeadline) {

    public NewCampaign {
        docNumber = Inputs.line(docNumber);
        title = Inputs.line(title);
    }
}
