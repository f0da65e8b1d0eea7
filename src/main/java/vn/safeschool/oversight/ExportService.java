package vn.safeschool.oversight;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Dates;
import vn.safeschool.base.NotFound;
import vn.safeschool.base.Roles;
import vn.safeschool.base.Zones;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.campaign.CampaignInfo;
import vn.safeschool.campaign.CampaignService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Structure;

/**
 * The statistics list that goes with the Department's letter, in Vietnamese: per district office (the schools
 * directly under the department as one group) with a totals row, and per institution. The same numbers as the
 * rollups, under the same filter and inside the same jurisdiction: every number comes from {@link RollupService},
 * one query per level.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

    static final Locale LANGUAGE = Translations.VIETNAMESE;
    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());

    private final RollupService rollups;
    private final CampaignService campaigns;
    private final Translations translations;
    private final Clock clock;

    ExportService(RollupService rollups, CampaignService campaigns, Translations translations, Clock clock) {
        this.rollups = rollups;
        this.campaigns = campaigns;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Sheet 1: the unit's children (offices, the direct-units group) and a totals row; sheet 2: every institution.
     * Both under a block naming the campaign, the moment, the filter and the structure. The offices' rows are the
     * sums of their institutions listed on sheet 2 and the totals the sum of the rows: with a status filter a
     * district row once counted all its schools while the direct units were filtered, and totals of 882 sat under
     * rows adding up to 708.
     */
    @PreAuthorize(Roles.IS_USER)
    public byte[] statisticsXlsx(RollupFilter filter, long unitId) {
        Listing listing = listing(filter, rollups.of(filter, unitId));
        StatisticsRow totals = StatisticsRow.sum(listing.top().code(), text("export.total"),
                type(listing.top()), listing.institutions());
        return StatisticsFiles.xlsx(about(filter, listing.top()), text("export.sheet.offices"), header(false),
                listing.offices(), totals, text("export.sheet.institutions"), header(true),
                listing.institutions());
    }

    /** Every institution under the unit with its managing unit, as CSV (UTF-8 with a byte-order mark). */
    @PreAuthorize(Roles.IS_USER)
    public byte[] statisticsCsv(RollupFilter filter, long unitId) {
        Listing listing = listing(filter, rollups.of(filter, unitId));
        return StatisticsFiles.csv(about(filter, listing.top()), header(true), listing.institutions(), LANGUAGE);
    }

    /**
     * {@code thong-ke-307-2021-02-26.xlsx}: the campaign's number (its part before the symbol, in ASCII) and the
     * date of the numbers in Vietnam, so that two downloads are told apart on the desk.
     */
    @PreAuthorize(Roles.IS_USER)
    public String statisticsFileName(RollupFilter filter, String extension) {
        CampaignInfo campaign = campaigns.find(filter.campaignId()).orElseThrow(NotFound::new);
        Instant moment = filter.asOf() == null ? clock.instant() : filter.asOf();
        return "thong-ke-" + ascii(campaign.docNumber().split("/", 2)[0], campaign.id()) + "-"
                + LocalDate.ofInstant(moment, Zones.VIETNAM) + "." + extension;
    }

    private static String ascii(String text, long fallback) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return plain.isEmpty() ? "dot-" + fallback : plain;
    }

    /** The lines above the tables: which campaign, which moment, which filter, which structure. */
    private List<List<String>> about(RollupFilter filter, OrgUnitInfo top) {
        CampaignInfo campaign = campaigns.find(filter.campaignId()).orElseThrow(NotFound::new);
        String moment = filter.asOf() == null
                ? text("export.info.moment.now", Dates.dateTime(clock.instant(), LANGUAGE))
                : Dates.dateTime(filter.asOf(), LANGUAGE);
        return List.of(List.of(text("export.info.campaign"), campaign.docNumber() + " — " + campaign.title()),
                List.of(text("export.info.unit"), top.name()),
                List.of(text("export.info.moment"), moment),
                List.of(text("export.info.filter"), filterText(filter)),
                List.of(text("export.info.structure"), text(filter.structure() == Structure.TODAY
                        ? "oversight.structure.today" : "export.info.structure.then")));
    }

    private String filterText(RollupFilter filter) {
        List<String> parts = new ArrayList<>();
        describe(parts, "oversight.filter.status", filter.statuses(), "oversight.status.");
        describe(parts, "unit.type", filter.types(), "unit.type.");
        describe(parts, "unit.ownership", filter.ownerships(), "unit.ownership.");
        return parts.isEmpty() ? text("export.info.filter.none") : String.join("; ", parts);
    }

    /** "Tình trạng: Chưa khai báo, Không an toàn", when the filter has such values. */
    private void describe(List<String> parts, String label, Set<? extends Enum<?>> values, String prefix) {
        if (!values.isEmpty()) {
            parts.add(text(label) + ": " + values.stream().map(v -> text(prefix + v.name())).sorted()
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The first sheet's rows and the institutions they sum, read once. */
    private record Listing(OrgUnitInfo top, List<StatisticsRow> offices, List<StatisticsRow> institutions) {
    }

    /**
     * The children of the unit as the grid shows them under the filter; an office's row is the sum of its
     * institutions listed, the schools beside offices one direct-units row at the end.
     */
    private Listing listing(RollupFilter filter, UnitRollup top) {
        OrgUnitInfo unit = top.unit();
        if (unit.isSchool()) {
            return new Listing(unit, List.of(), List.of(school(top, "")));
        }
        List<UnitRollup> children = rollups.children(filter, unit.id(), BY_CODE);
        boolean mixed = children.stream().anyMatch(c -> !c.unit().isSchool())
                && children.stream().anyMatch(c -> c.unit().isSchool());
        List<StatisticsRow> offices = new ArrayList<>();
        List<StatisticsRow> institutions = new ArrayList<>();
        List<StatisticsRow> direct = new ArrayList<>();
        for (UnitRollup child : children) {
            if (child.unit().isSchool()) {
                StatisticsRow row = school(child, unit.name());
                institutions.add(row);
                if (mixed) {
                    direct.add(row);
                } else {
                    offices.add(row.withoutOffice());
                }
            } else {
                List<StatisticsRow> under = new ArrayList<>();
                if (child.hasChildren()) {
                    collect(filter, child.unit(), under);
                }
                institutions.addAll(under);
                offices.add(StatisticsRow.sum(child.unit().code(), child.unit().name(), type(child.unit()), under));
            }
        }
        if (!direct.isEmpty()) {
            offices.add(StatisticsRow.sum("", text("oversight.direct-units"), text("oversight.direct-units.type"),
                    direct));
        }
        return new Listing(unit, offices, institutions);
    }

    /** Depth first, by code: each office's schools together, under the office's name. */
    private void collect(RollupFilter filter, OrgUnitInfo parent, List<StatisticsRow> into) {
        for (UnitRollup child : rollups.children(filter, parent.id(), BY_CODE)) {
            if (child.unit().isSchool()) {
                into.add(school(child, parent.name()));
            } else if (child.hasChildren()) {
                collect(filter, child.unit(), into);
            }
        }
    }

    private StatisticsRow school(UnitRollup r, String office) {
        return StatisticsRow.of(r.unit().code(), r.unit().name(), office, type(r.unit()), r);
    }

    private String type(OrgUnitInfo unit) {
        return unit.institutionType() != null ? text("unit.type." + unit.institutionType().name())
                : text("unit.kind." + unit.kind().name());
    }

    private List<String> header(boolean withOffice) {
        List<String> header = new ArrayList<>(List.of(text("export.column.number"), text("export.column.code"),
                text("export.column.name")));
        if (withOffice) {
            header.add(text("export.column.office"));
        }
        header.add(text("export.column.type"));
        StatisticsFiles.NUMBER_KEYS.forEach(key -> header.add(text("export.column." + key)));
        return header;
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, LANGUAGE, arguments);
    }
}
