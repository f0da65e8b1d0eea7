package vn.safeschool.unitimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return new ImportPreview(fileName, List.of(), new RowChecker(lines, columns).check());
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

    /** The checks of every row; the database is asked a few set-based questions, not one per row. */
    private final class RowChecker {

        private final List<Table.Line> lines;
        private final Map<ImportColumn, Integer> columns;

        RowChecker(List<Table.Line> lines, Map<ImportColumn, Integer> columns) {
            this.lines = lines;
            this.columns = columns;
        }

        List<ImportRow> check() {
            List<Parsed> parsed = lines.stream().map(this::parse).toList();
            Set<String> codes = new HashSet<>();
            parsed.forEach(p -> {
                codes.add(p.code);
                codes.add(p.parentCode);
            });
            codes.removeIf(String::isEmpty);
            Map<String, OrgUnitInfo> known = org.findByCodes(codes);
            // the database compares codes without case (its unique key does): so must the preview
            Map<String, OrgUnitInfo> knownByKey = new HashMap<>();
            known.values().forEach(u -> knownByKey.put(codeKey(u.code()), u));
            Set<String> taken = new HashSet<>();
            org.codesInUse(parsed.stream().map(p -> p.code).filter(c -> !c.isEmpty())
                    .filter(c -> !knownByKey.containsKey(codeKey(c))).toList())
                    .forEach(c -> taken.add(codeKey(c)));
            Map<String, Parsed> firstByCode = new HashMap<>();
            for (Parsed p : parsed) {
                if (p.code.isEmpty()) {
                    continue;
                }
                Parsed first = firstByCode.putIfAbsent(codeKey(p.code), p);
                if (first != null) {
                    p.problem(ImportColumn.CODE, "import.problem.duplicate-code", p.code, first.row);
                }
            }
            List<ImportRow> rows = new ArrayList<>(parsed.size());
            for (Parsed p : parsed) {
                RowAction action = action(p, knownByKey, taken, firstByCode);
                PrincipalAction principal = principal(p);
                rows.add(new ImportRow(p.row, p.code, p.name, p.typeText, p.type.map(Values.Type::kind).orElse(null),
                        p.type.map(Values.Type::institutionType).orElse(null), p.ownership, p.parentCode,
                        p.principalName, p.email, p.phone, action, principal, p.problems));
            }
            return rows;
        }

        private Parsed parse(Table.Line line) {
            Parsed p = new Parsed(line.row());
            p.code = cell(p, line, ImportColumn.CODE);
            p.name = cell(p, line, ImportColumn.NAME);
            p.typeText = cell(p, line, ImportColumn.TYPE);
            p.parentCode = cell(p, line, ImportColumn.PARENT_CODE);
            p.principalName = cell(p, line, ImportColumn.PRINCIPAL_NAME);
            p.email = cell(p, line, ImportColumn.EMAIL);
            p.phone = cell(p, line, ImportColumn.PHONE);
            if (p.code.isEmpty()) {
                p.problem(ImportColumn.CODE, "import.problem.missing-code");
            } else if (!Values.isCode(p.code)) {
                p.problem(ImportColumn.CODE, "import.problem.bad-code", p.code);
            }
            if (p.name.isEmpty()) {
                p.problem(ImportColumn.NAME, "import.problem.missing-name");
            } else if (p.name.length() > 255) {
                p.problem(ImportColumn.NAME, "import.problem.too-long", 255);
            }
            p.type = Values.type(p.typeText);
            if (p.typeText.isEmpty()) {
                p.problem(ImportColumn.TYPE, "import.problem.missing-type");
            } else if (p.type.isEmpty()) {
                p.problem(ImportColumn.TYPE, "import.problem.bad-type", p.typeText);
            }
            String ownership = cell(p, line, ImportColumn.OWNERSHIP);
            boolean school = p.type.map(t -> t.kind() == UnitKind.SCHOOL).orElse(true);
            p.ownership = Values.ownership(ownership).orElse(null);
            if (ownership.isEmpty() && school) {
                p.problem(ImportColumn.OWNERSHIP, "import.problem.missing-ownership");
            } else if (!ownership.isEmpty() && p.ownership == null) {
                p.problem(ImportColumn.OWNERSHIP, "import.problem.bad-ownership", ownership);
            }
            if (p.parentCode.isEmpty()) {
                p.problem(ImportColumn.PARENT_CODE, "import.problem.missing-parent");
            }
            if (p.principalName.length() > 255) {
                p.problem(ImportColumn.PRINCIPAL_NAME, "import.problem.too-long", 255);
            }
            if (!p.principalName.isEmpty() && p.email.isEmpty()) {
                p.problem(ImportColumn.EMAIL, "import.problem.principal-incomplete");
            } else if (p.principalName.isEmpty() && !p.email.isEmpty()) {
                p.problem(ImportColumn.PRINCIPAL_NAME, "import.problem.principal-incomplete");
            }
            if (!p.email.isEmpty() && !(Values.isEmail(p.email) && accountTakes(p.email))) {
                p.problem(ImportColumn.EMAIL, "import.problem.bad-email", p.email);
            }
            if (!p.phone.isEmpty() && !Values.isPhone(p.phone)) {
                p.problem(ImportColumn.PHONE, "import.problem.bad-phone", p.phone);
            }
            return p;
        }

        /**
         * What the row does. {@code known}, {@code taken} and {@code inFile} are keyed by {@link #codeKey}: a code
         * that matches one of them only without case is a problem of its own, as the database would refuse it.
         */
        private RowAction action(Parsed p, Map<String, OrgUnitInfo> known, Set<String> taken,
                Map<String, Parsed> inFile) {
            OrgUnitInfo unit = known.get(codeKey(p.code));
            if (unit != null && !unit.code().equals(p.code)) {
                p.problem(ImportColumn.CODE, "import.problem.code-case", p.code, unit.code());
                return RowAction.NEW;
            }
            OrgUnitInfo parent = known.get(codeKey(p.parentCode));
            if (parent != null && !parent.code().equals(p.parentCode)) {
                p.problem(ImportColumn.PARENT_CODE, "import.problem.code-case", p.parentCode, parent.code());
                return unit == null ? RowAction.NEW : RowAction.UPDATE;
            }
            if (unit == null) {
                if (taken.contains(codeKey(p.code))) {
                    p.problem(ImportColumn.CODE, "import.problem.code-elsewhere", p.code);
                }
                if (!p.parentCode.isEmpty()) {
                    checkNewParent(p, parent, inFile.get(codeKey(p.parentCode)), known);
                }
                return RowAction.NEW;
            }
            if (!p.parentCode.isEmpty() && (parent == null || !parent.path().equals(parentPath(unit)))) {
                p.problem(ImportColumn.PARENT_CODE, "import.problem.moved", p.code, p.parentCode);
            }
            p.type.filter(t -> t.kind() != unit.kind())
                    .ifPresent(t -> p.problem(ImportColumn.TYPE, "import.problem.kind-changed", p.typeText));
            boolean school = unit.kind() == UnitKind.SCHOOL;
            boolean same = unit.name().equals(p.name)
                    && (!school || (p.type.map(Values.Type::institutionType).orElse(null) == unit.institutionType()
                            && p.ownership == unit.ownership()));
            return same ? RowAction.UNCHANGED : RowAction.UPDATE;
        }

        /** A new unit's parent: an office or department the user may see, or an office that is new in this file. */
        private void checkNewParent(Parsed p, @org.jspecify.annotations.Nullable OrgUnitInfo parent,
                @org.jspecify.annotations.Nullable Parsed parentRow, Map<String, OrgUnitInfo> known) {
            if (parent != null) {
                if (parent.isSchool()) {
                    p.problem(ImportColumn.PARENT_CODE, "import.problem.parent-is-school", p.parentCode);
                }
                return;
            }
            if (parentRow != null && !parentRow.code.equals(p.parentCode)) {
                p.problem(ImportColumn.PARENT_CODE, "import.problem.code-case", p.parentCode, parentRow.code);
                return;
            }
            OrgUnitInfo grandparent = parentRow == null ? null : known.get(codeKey(parentRow.parentCode));
            boolean newOfficeInFile = parentRow != null && parentRow != p
                    && !known.containsKey(codeKey(parentRow.code))
                    && parentRow.type.map(t -> t.kind() == UnitKind.DISTRICT_OFFICE).orElse(false)
                    && grandparent != null && grandparent.code().equals(parentRow.parentCode);
            if (!newOfficeInFile) {
                p.problem(ImportColumn.PARENT_CODE, "import.problem.unknown-parent", p.parentCode);
            }
        }

        private PrincipalAction principal(Parsed p) {
            if (p.principalName.isEmpty() || p.email.isEmpty() || p.code.isEmpty()) {
                return PrincipalAction.NONE;
            }
            Optional<?> account = accounts.findByUsername(principalUsername(p.code));
            return account.isPresent() ? PrincipalAction.EXISTS : PrincipalAction.CREATE;
        }

        /**
         * The cell's value. A workbook's formula is refused where the import reads it: neither its text nor its
         * result (cached by whatever wrote the file, maybe stale, maybe absent) is what the sector database holds.
         */
        private String cell(Parsed p, Table.Line line, ImportColumn column) {
            Integer index = columns.get(column);
            if (index == null) {
                return "";
            }
            String value = line.cell(index);
            if (line.formula(index)) {
                p.problem(column, "import.problem.formula", value);
            }
            return value;
        }

        /** The e-mail rule of the account the commit would create ({@link NewAccount#email}), not a copy of it. */
        private boolean accountTakes(String email) {
            return validator.validateValue(NewAccount.class, "email", email).isEmpty();
        }

        private static String codeKey(String code) {
            return code.toLowerCase(Locale.ROOT);
        }

        private static String parentPath(OrgUnitInfo unit) {
            String path = unit.path();
            return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
        }
    }

    /** A row while it is being checked. */
    private static final class Parsed {
        final int row;
        String code = "";
        String name = "";
        String typeText = "";
        Optional<Values.Type> type = Optional.empty();
        vn.safeschool.org.@org.jspecify.annotations.Nullable Ownership ownership;
        String parentCode = "";
        String principalName = "";
        String email = "";
        String phone = "";
        final List<ImportProblem> problems = new ArrayList<>();

        Parsed(int row) {
            this.row = row;
        }

        void problem(ImportColumn column, String key, Object... args) {
            problems.add(ImportProblem.at(row, column, key, args));
        }
    }
}
