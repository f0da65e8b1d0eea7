package vn.safeschool.org;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Inputs;

/**
 * Many units added and changed at once, as an import brings them ({@link OrgService#importUnits}).
 *
 * @param source  where they come from (a file name), for the audit log
 * @param creates new units; a parent is named by code and is either an existing unit or an earlier create
 * @param updates existing units, found by code, whose name, type or ownership change (nothing else does)
 */
public record UnitImport(
        @NotBlank @Size(max = 255) String source,
        @NotNull List<@Valid @NotNull Create> creates,
        @NotNull List<@Valid @NotNull Update> updates) {

    public UnitImport {
        source = Inputs.line(source);
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
    }

    public record Create(
            @NotBlank @Size(max = 32) String parentCode,
            @NotBlank @Size(max = 32) String code,
            @NotBlank @Size(max = 255) String name,
            @NotNull UnitKind kind,
            @Nullable InstitutionType institutionType,
            @Nullable Ownership ownership) {

        public Create {
            parentCode = Inputs.line(parentCode);
            code = Inputs.line(code);
            name = Inputs.line(name);
        }
    }

    public record Update(
            @NotBlank @Size(max = 32) String code,
            @NotBlank @Size(max = 255) String name,
            @Nullable InstitutionType institutionType,
            @Nullable Ownership ownership) {

        public Update {
            code = Inputs.line(code);
            name = Inputs.line(name);
        }
    }
}
