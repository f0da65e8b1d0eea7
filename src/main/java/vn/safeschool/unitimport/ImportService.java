package vn.safeschool.unitimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitImport;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.CreatedAccount;
import vn.safeschool.security.NewAccount;
import vn.safeschool.security.Role;

/**
 * Imports institutions, and optionally their principals' accounts, from the sector database's .xlsx or .csv
 * export. {@link #preview} reads and checks every row and writes nothing; {@link #commit} reads the same file
 * again, checks it again (the client's preview is never trusted) and writes everything in one transaction, or
 * nothing. A row's code finds its unit: a new code adds a unit, a known one updates its name, type and ownership;
 * an unchanged row is left alone, so importing the same file twice changes nothing the second time.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private final OrgService org;
    private final AccountService accounts;
    private final Validator validator;

    ImportService(OrgService org, AccountService accounts, Validator validator) {
        this.org = org;
        this.accounts = accounts;
        this.validator = validator;
    }

    /** The principal's account for a school: {@code ht.} and the school's code in lower case, e.g. ht.38010099. */
    public static String principalUsername(String unitCode) {
        return "ht." + unitCode.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads and checks the file; writes nothing. */
    @PreAuthorize(Roles.IS_STAFF)
    public ImportPreview preview(String fileName, byte[] content) {
        Table table;
        try {
            table = Table.read(fileName, content, MAX_BYTES, MAX_ROWS);
        } catch (FileRejected e) {
            return ImportPreview.rejected(fileName, e.problem());
        }
        Map<ImportColumn, Integer> columns = new HashMap<>();
        for (ImportColumn column : ImportColumn.values()) {
            for (int i = 0; i < table.header().size(); i++) {
                if (column.matches(table.header().get(i))) {
                    columns.put(column, i);
                    break;
                }
            }
        }
        List<String> missing = java.util.Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .map(c -> c.vietnameseHeader() + " / " + c.englishHeader()).toList();
        if (!missing.isEmpty()) {
            return ImportPreview.rejected(fileName,
                    ImportProblem.file("import.error.missing-columns", String.join(", ", missing)));
        }
        List<Table.Line> lines = table.lines().stream().filter(l -> !l.blank()).toList();
        if (lines.isEmpty()) {
            return ImportPreview.rejected(fileName, ImportProblem.file("import.error.no-rows"));
        }
        if (lines.size() > MAX_ROWS) {
            return ImportPreview.rejected(fileName, ImportProblem.file("import.error.too-many-rows", MAX_ROWS));
        }
        return new ImportPreview(fileName, List.of(), new RowChecks(org, accounts, validator, lines, columns).check());
    }

    /**
     * Reads and checks the file again and, if no row has a problem, writes it in one transaction: new units,
     * updated units, principals' accounts with one-time passwords (returned, to be handed over once).
     *
     * @throws RuleViolation {@code import.error.has-problems} when the file has problems; nothing is written
     */
    @Transactional
    @PreAuthorize(Roles.IS_STAFF)
    public ImportResult commit(String fileName, byte[] content) {
        ImportPreview preview = preview(fileName, content);
        if (!preview.canCommit()) {
            throw new RuleViolation("import.error.has-problems", preview.problems().size());
        }
        List<UnitImport.Create> creates = new ArrayList<>();
        List<UnitImport.Update> updates = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            UnitKind kind = java.util.Objects.requireNonNull(row.kind());
            if (row.action() == RowAction.NEW) {
                creates.add(new UnitImport.Create(row.parentCode(), row.code(), row.name(), kind,
                        row.institutionType(), kind == UnitKind.SCHOOL ? row.ownership() : null));
            } else if (row.action() == RowAction.UPDATE) {
                updates.add(new UnitImport.Update(row.code(), row.name(), row.institutionType(),
                        kind == UnitKind.SCHOOL ? row.ownership() : null));
            }
        }
        Map<String, Long> created = creates.isEmpty() && updates.isEmpty() ? Map.of()
                : org.importUnits(new UnitImport(fileName, creates, updates));
        List<ImportRow> principals = preview.rows().stream().filter(r -> r.principal() == PrincipalAction.CREATE)
                .toList();
        Map<String, OrgUnitInfo> existing = principals.isEmpty() ? Map.of()
                : org.findByCodes(principals.stream().filter(r -> !created.containsKey(r.code()))
                        .map(ImportRow::code).toList());
        List<ImportResult.OneTimePassword> passwords = new ArrayList<>();
        for (ImportRow row : principals) {
            long unitId = created.containsKey(row.code()) ? created.get(row.code())
                    : existing.get(row.code()).id();
            CreatedAccount account = accounts.create(new NewAccount(principalUsername(row.code()), null,
                    row.principalName(), row.email(), row.phone(), Role.PRINCIPAL, unitId, Translations.VIETNAMESE));
            passwords.add(new ImportResult.OneTimePassword(row.code(), row.name(), account.account().username(),
                    row.principalName(), java.util.Objects.requireNonNull(account.oneTimePassword())));
        }
        return new ImportResult(fileName, (int) preview.count(RowAction.NEW), (int) preview.count(RowAction.UPDATE),
                (int) preview.count(RowAction.UNCHANGED), passwords);
    }

    /** An empty workbook with only the header row an import expects (no sample row that could be imported). */
    @PreAuthorize(Roles.IS_STAFF)
    public byte[] template() {
        return Workbooks.sheet("Don vi", java.util.Arrays.stream(ImportColumn.values())
                .map(ImportColumn::vietnameseHeader).toList(), List.of());
    }

    /** The one-time passwords as a workbook, with headers in the given language. */
    @PreAuthorize(Roles.IS_STAFF)
    public byte[] passwordsWorkbook(ImportResult result, List<String> header) {
        return Workbooks.sheet("Mat khau", header, result.passwords().stream()
                .map(p -> List.of(p.unitCode(), p.unitName(), p.fullName(), p.username(), p.password())).toList());
    }
}
